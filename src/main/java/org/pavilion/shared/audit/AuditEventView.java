package org.pavilion.shared.audit;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pavilion.shared.security.Actor;

/** One audit event as the API shows it. */
@Schema(name = "AuditEvent")
public record AuditEventView(
        OffsetDateTime at,
        Actor actor,
        @Schema(example = "allocated") String action,
        @Schema(example = "programme") String entityType,
        UUID entityId,
        @Schema(nullable = true, description = "The changed fields before the change (field name to value); null on creation") Map<String, Object> before,
        @Schema(nullable = true, description = "The changed fields after the change (field name to value); null on removal") Map<String, Object> after) {
}
