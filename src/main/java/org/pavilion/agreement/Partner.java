package org.pavilion.agreement;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A body the province cooperates with: a foreign region (Jiangsu), an agency, an association, a company. */
@Entity
@Table(name = "partners")
class Partner {

    @Id
    UUID id;
    String name;
    String nameLocal;
    @Enumerated(EnumType.STRING)
    PartnerKind kind;
    @Column(columnDefinition = "bpchar(2)")
    String country;
    String city;
    String website;
    Instant createdAt;
    Instant updatedAt;
    @Version
    long version;

    protected Partner() {
    }

    Partner(UUID id, Instant createdAt) {
        this.id = id;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", name);
        s.put("nameLocal", nameLocal);
        s.put("kind", kind.name());
        s.put("country", country);
        s.put("city", city);
        s.put("website", website);
        return s;
    }
}
