package org.pavilion.fair;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.pavilion.fair.FairRequests.FairDetails;
import org.pavilion.fair.FairRequests.FairPatch;
import org.pavilion.fair.FairViews.FairView;
import org.pavilion.shared.audit.AuditLog;
import org.pavilion.shared.domain.Timestamps;
import org.pavilion.shared.paging.Page;
import org.pavilion.shared.paging.PageRequest;
import org.pavilion.shared.problem.ApiProblem;
import org.pavilion.shared.web.ETags;
import org.pavilion.shared.web.PatchBody;
import org.pavilion.shared.web.PlainText;
import org.pavilion.shared.web.Versioned;

@ApplicationScoped
public class FairService {

    static final String ENTITY = "fair";

    @Inject
    FairRepository fairs;

    @Inject
    AuditLog audit;

    /** What other features may know of a fair. */
    public record FairRef(UUID id, String name, LocalDate startsOn) {
    }

    @Transactional
    public Optional<FairRef> find(UUID id) {
        return fairs.findByIdOptional(id).map(f -> new FairRef(f.id, f.name, f.startsOn));
    }

    @Transactional
    Versioned<FairView> create(FairDetails details) {
        Fair fair = details.newFair();
        fairs.persist(fair);
        audit.created(ENTITY, fair.id, fair.snapshot());
        return view(fair);
    }

    @Transactional
    Page<Fair> search(FairRepository.Filter filter, PageRequest page) {
        return Page.of(fairs.search(filter, page), page, fairs.countMatching(filter));
    }

    @Transactional
    Versioned<FairView> get(UUID id) {
        return view(fairs.findByIdOptional(id).orElseThrow(() -> new ApiProblem.NotFound("fair")));
    }

    private static Versioned<FairView> view(Fair fair) {
        return new Versioned<>(FairView.of(fair), fair.version);
    }

    @Transactional
    Versioned<FairView> update(UUID id, PatchBody<FairPatch> patch, String ifMatch) {
        FairPatch p = patch.values();
        for (String required : new String[] { "name", "country", "startsOn", "endsOn" }) {
            if (patch.has(required) && valueOf(p, required) == null) {
                throw ApiProblem.BadRequest.field(required, "must not be null");
            }
        }
        Fair fair = fairs.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new ApiProblem.NotFound("fair"));
        ETags.requireMatch(ifMatch, fair.version);
        Map<String, Object> before = fair.snapshot();
        if (patch.has("name")) {
            fair.name = p.name().trim();
        }
        if (patch.has("series")) {
            fair.series = PlainText.trimToNull(p.series());
        }
        if (patch.has("organiser")) {
            fair.organiser = PlainText.trimToNull(p.organiser());
        }
        if (patch.has("city")) {
            fair.city = PlainText.trimToNull(p.city());
        }
        if (patch.has("country")) {
            fair.country = p.country();
        }
        if (patch.has("venue")) {
            fair.venue = PlainText.trimToNull(p.venue());
        }
        if (patch.has("startsOn")) {
            fair.startsOn = p.startsOn();
        }
        if (patch.has("endsOn")) {
            fair.endsOn = p.endsOn();
        }
        if (patch.has("sectors")) {
            fair.sectors = p.sectors() == null ? new String[0] : p.sectors().stream().map(String::trim).toArray(String[]::new);
        }
        if (patch.has("website")) {
            fair.website = PlainText.trimToNull(p.website());
        }
        if (fair.endsOn.isBefore(fair.startsOn)) {
            throw ApiProblem.BadRequest.field("endsOn", "must not be before startsOn");
        }
        Map<String, Object> after = fair.snapshot();
        if (!before.equals(after)) {
            fair.updatedAt = Timestamps.now();
            fairs.flush();
            audit.changed("updated", ENTITY, id, before, after);
        }
        return view(fair);
    }

    private static Object valueOf(FairPatch p, String field) {
        return switch (field) {
            case "name" -> p.name();
            case "country" -> p.country();
            case "startsOn" -> p.startsOn();
            case "endsOn" -> p.endsOn();
            default -> null;
        };
    }
}
