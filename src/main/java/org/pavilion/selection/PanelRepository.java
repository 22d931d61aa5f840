package org.pavilion.selection;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.pavilion.shared.paging.FilteredQuery;
import org.pavilion.shared.paging.Page;
import org.pavilion.shared.paging.PageRequest;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
class PanelRepository implements PanacheRepositoryBase<PanelMember, UUID> {

    boolean onPanel(UUID callId, String subject) {
        return count("callId = ?1 and subject = ?2", callId, subject) > 0;
    }

    Optional<PanelMember> member(UUID callId, String subject) {
        return find("callId = ?1 and subject = ?2", callId, subject).firstResultOptional();
    }

    /** The calls whose panel names the subject. */
    List<UUID> callsOf(String subject) {
        return getEntityManager().createQuery("select m.callId from PanelMember m where m.subject = :subject", UUID.class)
                .setParameter("subject", subject).getResultList();
    }

    /** A call's panel, by the date each member was added, then subject. */
    Page<PanelMember> of(UUID callId, PageRequest page) {
        return FilteredQuery.from("PanelMember m").and("m.callId = :call", "call", callId)
                .page(getEntityManager(), PanelMember.class, "m.addedAt, m.subject", page);
    }
}
