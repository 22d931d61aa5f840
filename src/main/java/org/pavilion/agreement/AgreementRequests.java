package org.pavilion.agreement;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pavilion.shared.web.IsoCountry;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** The request bodies of the partner and agreement endpoints, each a record with its bounds. */
public final class AgreementRequests {

    private AgreementRequests() {
    }

    @Schema(name = "NewPartner")
    public record PartnerDetails(
            @NotBlank @Size(max = 200) @Schema(example = "Jiangsu Province") String name,
            @Size(max = 200) @Schema(example = "江苏省") String nameLocal,
            @NotNull PartnerKind kind,
            @NotNull @IsoCountry @Schema(example = "CN", maxLength = 2, description = "ISO 3166-1 alpha-2") String country,
            @Size(max = 100) @Schema(example = "Nanjing") String city,
            @Size(max = 500) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") @Schema(example = "https://www.jiangsu.gov.cn") String website) {
    }

    @Schema(name = "PartnerPatch", description = "Only the fields present are changed")
    public record PartnerPatch(
            @Size(min = 1, max = 200) String name,
            @Size(max = 200) String nameLocal,
            PartnerKind kind,
            @IsoCountry @Schema(maxLength = 2, description = "ISO 3166-1 alpha-2") String country,
            @Size(max = 100) String city,
            @Size(max = 500) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String website) {
    }

    @Schema(name = "NewAgreement")
    public record AgreementDetails(
            @NotBlank @Size(max = 300) @Schema(example = "MOU on the Gyeonggi-Jiangsu Joint Consultative Body") String title,
            @NotNull AgreementKind kind,
            @NotNull @Schema(example = "2025-03-27") LocalDate signedOn,
            @NotNull @Schema(example = "2025-03-27") LocalDate startsOn,
            @Schema(description = "Optional; the agreement is EXPIRED from the day after") LocalDate endsOn,
            @NotEmpty @Size(max = 20) @Schema(description = "The partners (at least one), by id") List<@NotNull UUID> partnerIds,
            @Size(max = 20) List<@NotBlank @Size(max = 200) String> domesticParties,
            @Size(max = 10) List<@NotNull CooperationArea> areas,
            @Size(max = 4000) String summary) {

        @JsonIgnore
        @AssertTrue(message = "endsOn must not be before startsOn")
        @Schema(hidden = true)
        public boolean isEndsOnValid() {
            return startsOn == null || endsOn == null || !endsOn.isBefore(startsOn);
        }
    }

    @Schema(name = "AgreementPatch", description = "Only the fields present are changed")
    public record AgreementPatch(
            @Size(min = 1, max = 300) String title,
            AgreementKind kind,
            LocalDate signedOn,
            LocalDate startsOn,
            LocalDate endsOn,
            @Size(min = 1, max = 20) List<@NotNull UUID> partnerIds,
            @Size(max = 20) List<@NotBlank @Size(max = 200) String> domesticParties,
            @Size(max = 10) List<@NotNull CooperationArea> areas,
            @Size(max = 4000) String summary) {
    }

    @Schema(name = "AgreementTermination")
    public record Termination(@NotBlank @Size(max = 1000) @Schema(example = "Superseded by the 2025 MOU") String reason) {
    }

    @Schema(name = "NewCommitment")
    public record CommitmentDetails(
            @NotBlank @Size(max = 1000) @Schema(example = "Launch a youth exchange programme of mutual student visits") String description,
            @NotNull CooperationArea area,
            @Size(max = 200) @Schema(example = "International Cooperation Bureau") String owner,
            @Schema(example = "2025-12-31", description = "Optional; open commitments past it are overdue") LocalDate dueOn) {
    }

    @Schema(name = "CommitmentTransition")
    public record Transition(@NotNull CommitmentStatus to, @Size(max = 1000) String note) {
    }

    @Schema(name = "NewMeeting")
    public record MeetingDetails(
            @NotNull @Schema(example = "2025-03-27") LocalDate heldOn,
            @NotNull MeetingKind kind,
            @Size(max = 200) @Schema(example = "Jiangsu Foreign Affairs Office, Nanjing") String place,
            @PositiveOrZero @Max(100_000) @Schema(example = "12", description = "How many attended") Integer attendees,
            @Size(max = 4000) String summary) {
    }
}
