package org.pavilion.fair;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pavilion.shared.domain.Timestamps;
import org.pavilion.shared.web.IsoCountry;
import org.pavilion.shared.web.PlainText;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** The request bodies of the fair endpoints, each a record with its bounds. */
public final class FairRequests {

    private FairRequests() {
    }

    @Schema(name = "NewFair")
    public record FairDetails(
            @NotBlank @Size(max = 200) @Schema(example = "MWC Barcelona 2025") String name,
            @Size(max = 200) @Schema(example = "MWC Barcelona") String series,
            @Size(max = 200) @Schema(example = "GSMA") String organiser,
            @Size(max = 100) @Schema(example = "Barcelona") String city,
            @NotNull @IsoCountry @Schema(example = "ES", maxLength = 2, description = "ISO 3166-1 alpha-2") String country,
            @Size(max = 200) @Schema(example = "Fira Gran Via") String venue,
            @NotNull @Schema(example = "2025-03-03") LocalDate startsOn,
            @NotNull @Schema(example = "2025-03-06") LocalDate endsOn,
            @Size(max = 50) List<@NotBlank @Size(max = 100) String> sectors,
            @Size(max = 500) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") @Schema(example = "https://www.mwcbarcelona.com") String website) {

        @JsonIgnore
        @AssertTrue(message = "endsOn must not be before startsOn")
        @Schema(hidden = true)
        public boolean isEndsOnValid() {
            return startsOn == null || endsOn == null || !endsOn.isBefore(startsOn);
        }

        /** The new fair this registration describes. */
        Fair newFair() {
            Fair fair = new Fair();
            fair.id = UUID.randomUUID();
            fair.createdAt = Timestamps.now();
            fair.updatedAt = fair.createdAt;
            fair.name = name.trim();
            fair.series = PlainText.trimToNull(series);
            fair.organiser = PlainText.trimToNull(organiser);
            fair.city = PlainText.trimToNull(city);
            fair.country = country;
            fair.venue = PlainText.trimToNull(venue);
            fair.startsOn = startsOn;
            fair.endsOn = endsOn;
            fair.sectors = sectors == null ? new String[0] : sectors.stream().map(String::trim).toArray(String[]::new);
            fair.website = PlainText.trimToNull(website);
            return fair;
        }
    }

    @Schema(name = "FairPatch", description = "Only the fields present are changed")
    public record FairPatch(
            @Size(min = 1, max = 200) String name,
            @Size(max = 200) String series,
            @Size(max = 200) String organiser,
            @Size(max = 100) String city,
            @IsoCountry @Schema(maxLength = 2, description = "ISO 3166-1 alpha-2") String country,
            @Size(max = 200) String venue,
            LocalDate startsOn,
            LocalDate endsOn,
            @Size(max = 50) List<@NotBlank @Size(max = 100) String> sectors,
            @Size(max = 500) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String website) {
    }
}
