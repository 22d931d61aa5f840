package org.pavilion.document;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.pavilion.shared.paging.Page;
import org.pavilion.shared.paging.PageRequest;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
class DocumentRepository implements PanacheRepositoryBase<Document, UUID> {

    /** The owner of a document, as the documents need it: its company, and a claim's status. */
    record Owner(UUID id, UUID companyId, String claimStatus) {
    }

    /**
     * The owner row; when {@code forChange}, share-locked so that a claim's status cannot change while a document is
     * attached or removed (a read takes no lock).
     */
    Optional<Owner> owner(OwnerType type, UUID id, boolean forChange) {
        String status = type == OwnerType.claim ? "status" : "null";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("select id, " + type.companyColumn() + ", " + status
                + " from " + type.table + " where id = :id" + (forChange ? " for share" : "")).setParameter("id", id)
                .getResultList();
        return rows.stream().findFirst().map(r -> new Owner((UUID) r[0], (UUID) r[1], (String) r[2]));
    }

    /** Whether this transaction now holds the orphan sweep (one instance at a time); false when another does. */
    boolean tryLockOrphanSweep() {
        return Boolean.TRUE.equals(getEntityManager()
                .createNativeQuery("select pg_try_advisory_xact_lock(hashtextextended('document-orphan-sweep', 0))").getSingleResult());
    }

    /** Serialises the attachment of one file (by its SHA-256) across instances, for the no-double-funding check. */
    void lockFile(String sha256) {
        getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtextextended('document:' || :sha, 0))")
                .setParameter("sha", sha256).getSingleResult();
    }

    /** Whether the file funds a live claim other than {@code claimId}: attached as INVOICE or RECEIPT, not deleted. */
    boolean fundsAnotherLiveClaim(String sha256, UUID claimId, List<String> deadStatuses) {
        return !getEntityManager().createNativeQuery("""
                select 1 from documents d join claims c on c.id = d.owner_id
                 where d.sha256 = :sha and d.owner_type = :claimType and d.deleted_at is null and d.kind in (:funding)
                   and c.status not in (:dead) and c.id <> :claim
                 limit 1
                """).setParameter("sha", sha256).setParameter("claim", claimId).setParameter("claimType", OwnerType.claim.name())
                .setParameter("funding", DocumentKind.FUNDING.stream().map(Enum::name).toList())
                .setParameter("dead", deadStatuses).getResultList().isEmpty();
    }

    boolean hasLive(OwnerType type, UUID ownerId, DocumentKind kind) {
        return count("ownerType = ?1 and ownerId = ?2 and kind = ?3 and deletedAt is null", type, ownerId, kind) > 0;
    }

    /** An owner's documents (not deleted), by upload, then id. */
    Page<Document> of(OwnerType type, UUID ownerId, PageRequest page) {
        String where = " where d.ownerType = :type and d.ownerId = :owner and d.deletedAt is null";
        List<Document> items = getEntityManager().createQuery("select d from Document d" + where + " order by d.uploadedAt, d.id",
                Document.class).setParameter("type", type).setParameter("owner", ownerId).setFirstResult(page.offset())
                .setMaxResults(page.size()).getResultList();
        long total = getEntityManager().createQuery("select count(d) from Document d" + where, Long.class)
                .setParameter("type", type).setParameter("owner", ownerId).getSingleResult();
        return Page.of(items, page, total);
    }
}
