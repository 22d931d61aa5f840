package org.pavilion.agreement;

/** The form of a cooperation agreement. */
public enum AgreementKind {
    MOU, EXECUTION_AGREEMENT, SISTERHOOD, ACTION_PLAN, LETTER_OF_INTENT, OTHER
}
