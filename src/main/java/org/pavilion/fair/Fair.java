package org.pavilion.fair;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One dated edition of a trade show (MWC Barcelona 2025); {@code series} groups editions. */
@Entity
@Table(name = "fairs")
class Fair {

    @Id
    UUID id;
    String name;
    String series;
    String organiser;
    String city;
    @Column(columnDefinition = "bpchar(2)")
    String country;
    String venue;
    LocalDate startsOn;
    LocalDate endsOn;
    @JdbcTypeCode(SqlTypes.ARRAY)
    String[] sectors;
    String website;
    Instant createdAt;
    Instant updatedAt;
    @Version
    long version;

    protected Fair() {
    }



    List<String> sectorList() {
        return sectors == null ? List.of() : Arrays.asList(sectors);
    }

    Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", name);
        s.put("series", series);
        s.put("organiser", organiser);
        s.put("city", city);
        s.put("country", country);
        s.put("venue", venue);
        s.put("startsOn", startsOn == null ? null : startsOn.toString());
        s.put("endsOn", endsOn == null ? null : endsOn.toString());
        s.put("sectors", sectorList());
        s.put("website", website);
        return s;
    }
}
