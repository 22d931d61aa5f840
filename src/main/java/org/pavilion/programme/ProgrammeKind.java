package org.pavilion.programme;

public enum ProgrammeKind {
    EXHIBITION, DOMESTIC_FAIR, TRADE_MISSION, MATCHMAKING, OTHER;

    boolean needsFair() {
        return this == EXHIBITION || this == DOMESTIC_FAIR;
    }
}
