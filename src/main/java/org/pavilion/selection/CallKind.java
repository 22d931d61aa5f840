package org.pavilion.selection;

/** What a selection call is: a programme (participations apply) or a voucher programme (voucher applications). */
public enum CallKind {
    PROGRAMME("programmes", "participations", "programme"), VOUCHER_PROGRAMME("voucher_programmes", "voucher_applications",
            "voucher programme");

    /** The status both application tables give an application awaiting its decision (bound in SQL). */
    public static final String AWAITING_DECISION = "APPLIED";

    /** The table of this kind's calls and of their applications: constants, never user input. */
    final String callsTable;
    final String applicationsTable;
    /** The name a 404 gives. */
    final String noun;

    CallKind(String callsTable, String applicationsTable, String noun) {
        this.callsTable = callsTable;
        this.applicationsTable = applicationsTable;
        this.noun = noun;
    }
}
