package org.pavilion.company;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CompanyMember")
public record MemberView(
        @Schema(example = "kc-user-7f3a") String subject,
        @Schema(example = "export@mediwave.example") String email,
        Instant addedAt) {
}
