package org.pavilion.fair;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pavilion.shared.web.IsoCountry;

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
