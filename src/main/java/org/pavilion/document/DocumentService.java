package org.pavilion.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pavilion.company.CompanyAccess;
import org.pavilion.document.DocumentRepository.Owner;
import org.pavilion.document.DocumentViews.Content;
import org.pavilion.document.DocumentViews.DocumentView;
import org.pavilion.shared.audit.AuditLog;
import org.pavilion.shared.paging.Page;
import org.pavilion.shared.paging.PageRequest;
import org.pavilion.shared.problem.ApiProblem;
import org.pavilion.shared.security.CurrentUser;

import io.quarkus.runtime.configuration.MemorySize;

/**
 * Documents: uploads checked by their bytes, stored in the configured store with their row in one transaction, no
 * file funding two live claims, downloads of the exact bytes, deletion that hides but keeps.
 */
@ApplicationScoped
class DocumentService {

    static final String ENTITY = "document";

    @Inject
    DocumentRepository documents;

    @Inject
    DocumentStores stores;

    @Inject
    CompanyAccess companies;

    @Inject
    AuditLog audit;

    @Inject
    CurrentUser user;

    @ConfigProperty(name = "pavilion.limits.document-body", defaultValue = "10M")
    MemorySize limit;

    /** Streams the body to a temporary file (413 past the limit), then checks its bytes against the declared type (415). */
    ReceivedFile receive(InputStream body, String contentType, String disposition) {
        String filename = ContentDisposition.filenameOf(disposition);
        try {
            ReceivedFile file = ReceivedFile.receive(body, filename, contentType, limit.asLongValue());
            try {
                FileTypes.requireBytesAre(file.path(), contentType);
            } catch (RuntimeException e) {
                file.close();
                throw e;
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Transactional
    DocumentView attach(OwnerType type, UUID ownerId, DocumentKind kind, ReceivedFile file) {
        Owner owner = visibleOwner(type, ownerId, true);
        requireSmeMayChange(type, owner);
        if (type == OwnerType.claim && kind.funds()) {
            documents.lockFile(file.sha256());
            if (documents.fundsAnotherLiveClaim(file.sha256(), ownerId, List.of(DocumentAccess.CLAIM_REJECTED))) {
                throw new ApiProblem.Conflict("invoice-file-already-claimed", "Invoice file already claimed",
                        "This very file is already attached as an invoice or receipt to another claim that is not REJECTED; "
                                + "the same invoice is never funded twice.");
            }
        }
        UUID id = UUID.randomUUID();
        DocumentStore store = stores.current();
        try {
            store.put(id, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Document document = Document.of(id, type, ownerId, owner.companyId(), kind, file, store.name(), user.actor());
        documents.persist(document);
        documents.flush();
        audit.created(ENTITY, id, document.snapshot());
        return DocumentView.of(document);
    }

    @Transactional
    Page<DocumentView> of(OwnerType type, UUID ownerId, PageRequest page) {
        visibleOwner(type, ownerId, false);
        return documents.of(type, ownerId, page).map(DocumentView::of);
    }

    @Transactional
    DocumentView get(UUID id) {
        return DocumentView.of(visible(id));
    }

    /** The bytes, from the store they were written to. */
    @Transactional
    Content content(UUID id) {
        Document d = visible(id);
        try {
            return new Content(stores.open(d.id, d.storage), d.contentType, d.filename, d.sha256.trim(), d.size);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Hides the document (its bytes stay, for audit); an SME on a claim only while it is SUBMITTED. */
    @Transactional
    void delete(UUID id) {
        Document d = visible(id);
        Owner owner = visibleOwner(d.ownerType, d.ownerId, true);
        requireSmeMayChange(d.ownerType, owner);
        documents.getEntityManager().refresh(d, LockModeType.PESSIMISTIC_WRITE);
        if (d.isDeleted()) {
            throw notFound();
        }
        var before = d.snapshot();
        d.delete(user.subject());
        documents.flush();
        audit.changed("deleted", ENTITY, id, before, d.snapshot());
    }

    private Document visible(UUID id) {
        Document d = documents.findByIdOptional(id).orElseThrow(DocumentService::notFound);
        if (d.isDeleted() || !companies.canSee(d.companyId)) {
            throw notFound();
        }
        return d;
    }

    private Owner visibleOwner(OwnerType type, UUID ownerId, boolean forChange) {
        Owner owner = documents.owner(type, ownerId, forChange).orElseThrow(() -> new ApiProblem.NotFound(type.noun));
        if (!companies.canSee(owner.companyId())) {
            throw new ApiProblem.NotFound(type.noun);
        }
        return owner;
    }

    private void requireSmeMayChange(OwnerType type, Owner owner) {
        if (type == OwnerType.claim && user.isRestrictedToOwnCompanies()
                && !DocumentAccess.CLAIM_OPEN.equals(owner.claimStatus())) {
            throw new ApiProblem.Conflict("claim-decided", "Claim already decided",
                    "A company changes its claim's documents only while the claim is SUBMITTED; this one is "
                            + owner.claimStatus() + ".");
        }
    }

    static ApiProblem notFound() {
        return new ApiProblem.NotFound("document");
    }
}
