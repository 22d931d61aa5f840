package org.pavilion.document;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** What other features may know of documents. */
@ApplicationScoped
public class DocumentAccess {

    /** The claim status during which an SME may still change a claim's documents (read from the claims table). */
    public static final String CLAIM_OPEN = "SUBMITTED";
    /** The claim status whose documents fund nothing any more. */
    public static final String CLAIM_REJECTED = "REJECTED";

    @Inject
    DocumentRepository documents;

    /** Whether the claim carries an INVOICE document (an approval needs one). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean claimHasInvoice(UUID claimId) {
        return documents.hasLive(OwnerType.claim, claimId, DocumentKind.INVOICE);
    }
}
