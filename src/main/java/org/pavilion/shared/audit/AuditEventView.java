package org.pavilion.shared.audit;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pavilion.shared.security.Actor;

import com.fasterxml.jackson.databind.JsonNode;

/** One audit event as the API shows it. */
@Schema(name = "AuditEvent")
public record AuditEventView(
        OffsetDateTime at,
        Actor actor,
        @Schema(example = "allocated") String action,
        @Schema(example = "programme") String entityType,
        UUID entityId,
        @Schema(type = SchemaType.OBJECT, nullable = true, description = "The changed fields before the change; null on creation") JsonNode before,
        @Schema(type = SchemaType.OBJECT, nullable = true, description = "The changed fields after the change; null on removal") JsonNode after) {
}
