package org.pavilion.document;

/** What a document is attached to, with the table its owner lives in (a constant, never user input). */
public enum OwnerType {
    claim("claims", "claim"), outcome("outcomes", "outcome"), company("companies", "company"),
    participation("participations", "participation");

    final String table;
    final String noun;

    OwnerType(String table, String noun) {
        this.table = table;
        this.noun = noun;
    }

    /** The owner's company: the company itself, or the company column of the others. */
    String companyColumn() {
        return this == company ? "id" : "company_id";
    }
}
