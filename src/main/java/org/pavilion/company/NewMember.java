package org.pavilion.company;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewCompanyMember")
public record NewMember(
        @NotBlank @Size(max = 255) @Pattern(regexp = "[A-Za-z0-9._@:|+\\-]+", message = "may contain only letters, digits and . _ @ : | + -")
        @Schema(description = "The user's `sub` in the identity provider", example = "kc-user-7f3a") String subject,
        @Email @Size(max = 254) String email) {
}
