package org.pavilion.shared.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pavilion.shared.paging.Page;
import org.pavilion.shared.paging.PageRequest;
import org.pavilion.shared.problem.ApiProblem;
import org.pavilion.shared.security.Roles;
import org.pavilion.shared.web.QueryParams;

@Path("/api/v1/audit-events")
@Tag(name = "Audit", description = "The append-only trail of every change to money or status")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    /** The entity types of api.md's audit section, every one the service records. */
    static final List<String> ENTITY_TYPES = List.of("company", "fair", "programme", "participation", "allocation",
            "disbursement", "outcome", "fx-rate", "voucher-programme", "voucher-application", "voucher", "claim", "review",
            "selection-decision", "follow-up", "document", "webhook", "partner", "agreement", "commitment", "meeting");
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @Inject
    AuditQuery query;

    @GET
    @RolesAllowed({ Roles.OFFICER, Roles.FINANCE, Roles.ADMIN })
    @Operation(summary = "List audit events", description = "Newest first (by time, then insertion order). "
            + "`from` and `to` take a date (Asia/Seoul business day, both inclusive) or an RFC 3339 timestamp.")
    public Page<AuditEventView> list(@QueryParam("entityType") String entityType, @QueryParam("entityId") String entityId,
            @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest paging = PageRequest.of(page, size);
        String type = QueryParams.text("entityType", entityType);
        if (type != null && !ENTITY_TYPES.contains(type)) {
            throw ApiProblem.BadRequest.field("entityType", "must be one of " + String.join(", ", ENTITY_TYPES));
        }
        return query.find(new AuditQuery.Filter(type, QueryParams.uuid("entityId", entityId),
                instant("from", from, false), instant("to", to, true)), paging);
    }

    private static Instant instant(String name, String raw, boolean endOfRange) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String value = raw.trim();
        if (value.length() == 10) {
            LocalDate date = QueryParams.date(name, value);
            return (endOfRange ? date.plusDays(1) : date).atStartOfDay(SEOUL).toInstant();
        }
        try {
            Instant at = OffsetDateTime.parse(value).toInstant();
            return endOfRange ? at.plusNanos(1000) : at;
        } catch (DateTimeParseException e) {
            throw ApiProblem.BadRequest.field(name, "must be a date YYYY-MM-DD or an RFC 3339 timestamp");
        }
    }
}
