package org.pavilion.outcome;

/** What proves that a signed contract turned into an export. */
public enum EvidenceKind {
    EXPORT_DECLARATION, COMMERCIAL_INVOICE, BILL_OF_LADING, SIGNED_CONTRACT
}
