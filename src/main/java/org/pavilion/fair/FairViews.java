package org.pavilion.fair;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The views the fair endpoints answer with. */
public final class FairViews {

    private FairViews() {
    }

    @Schema(name = "Fair")
    public record FairView(UUID id, String name, String series, String organiser, String city, String country, String venue,
            LocalDate startsOn, LocalDate endsOn, List<String> sectors, String website) {

        static FairView of(Fair f) {
            return new FairView(f.id, f.name, f.series, f.organiser, f.city, f.country, f.venue, f.startsOn, f.endsOn,
                    f.sectorList(), f.website);
        }
    }
}
