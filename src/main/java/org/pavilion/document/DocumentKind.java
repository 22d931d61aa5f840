package org.pavilion.document;

import java.util.EnumSet;
import java.util.Set;

/** What a document is. Invoices and receipts are what a voucher claim is paid on. */
public enum DocumentKind {
    INVOICE, RECEIPT, CONTRACT, EXPORT_DECLARATION, BILL_OF_LADING, BUSINESS_REGISTRATION, OTHER;

    /** The kinds that prove a claim's spending: one file funds at most one live claim. */
    static final Set<DocumentKind> FUNDING = EnumSet.of(INVOICE, RECEIPT);

    boolean funds() {
        return FUNDING.contains(this);
    }
}
