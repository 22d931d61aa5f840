package org.pavilion.agreement;

import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.pavilion.agreement.AgreementRequests.PartnerDetails;
import org.pavilion.agreement.AgreementRequests.PartnerPatch;
import org.pavilion.agreement.AgreementViews.PartnerView;
import org.pavilion.shared.audit.AuditLog;
import org.pavilion.shared.domain.Timestamps;
import org.pavilion.shared.paging.Page;
import org.pavilion.shared.paging.PageRequest;
import org.pavilion.shared.problem.ApiProblem;
import org.pavilion.shared.web.ETags;
import org.pavilion.shared.web.PatchBody;
import org.pavilion.shared.web.PlainText;
import org.pavilion.shared.web.Versioned;

/** Partners: registered, found and corrected by officers; every change audited. */
@ApplicationScoped
class PartnerService {

    static final String ENTITY = "partner";

    @Inject
    PartnerRepository partners;

    @Inject
    AuditLog audit;

    @Transactional
    Versioned<PartnerView> create(PartnerDetails details) {
        Partner partner = new Partner(UUID.randomUUID(), Timestamps.now());
        partner.name = details.name().trim();
        partner.nameLocal = PlainText.trimToNull(details.nameLocal());
        partner.kind = details.kind();
        partner.country = details.country();
        partner.city = PlainText.trimToNull(details.city());
        partner.website = PlainText.trimToNull(details.website());
        partners.persist(partner);
        audit.created(ENTITY, partner.id, partner.snapshot());
        return view(partner);
    }

    @Transactional
    Page<PartnerView> search(PartnerRepository.Filter filter, PageRequest page) {
        return partners.search(filter, page).map(PartnerView::of);
    }

    @Transactional
    Versioned<PartnerView> get(UUID id) {
        return view(partners.findByIdOptional(id).orElseThrow(PartnerService::notFound));
    }

    @Transactional
    Versioned<PartnerView> update(UUID id, PatchBody<PartnerPatch> patch, String ifMatch) {
        PartnerPatch p = patch.values();
        patch.notNull("name", p.name());
        patch.notNull("kind", p.kind());
        patch.notNull("country", p.country());
        Partner partner = partners.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).orElseThrow(PartnerService::notFound);
        ETags.requireMatch(ifMatch, partner.version);
        Map<String, Object> before = partner.snapshot();
        if (patch.has("name")) {
            partner.name = p.name().trim();
        }
        if (patch.has("nameLocal")) {
            partner.nameLocal = PlainText.trimToNull(p.nameLocal());
        }
        if (patch.has("kind")) {
            partner.kind = p.kind();
        }
        if (patch.has("country")) {
            partner.country = p.country();
        }
        if (patch.has("city")) {
            partner.city = PlainText.trimToNull(p.city());
        }
        if (patch.has("website")) {
            partner.website = PlainText.trimToNull(p.website());
        }
        Map<String, Object> after = partner.snapshot();
        if (!before.equals(after)) {
            partner.updatedAt = Timestamps.now();
            partners.flush();
            audit.changed("updated", ENTITY, id, before, after);
        }
        return view(partner);
    }

    private static Versioned<PartnerView> view(Partner partner) {
        return new Versioned<>(PartnerView.of(partner), partner.version);
    }

    static ApiProblem notFound() {
        return new ApiProblem.NotFound("partner");
    }
}
