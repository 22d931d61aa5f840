package org.pavilion.agreement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A meeting held under an agreement (a signing, a joint consultative meeting, a visit): a record, never changed. */
@Entity
@Table(name = "meetings")
class Meeting {

    @Id
    UUID id;
    UUID agreementId;
    LocalDate heldOn;
    @Enumerated(EnumType.STRING)
    MeetingKind kind;
    String place;
    Integer attendees;
    String summary;
    Instant createdAt;

    protected Meeting() {
    }

    Meeting(UUID id, UUID agreementId, Instant createdAt) {
        this.id = id;
        this.agreementId = agreementId;
        this.createdAt = createdAt;
    }

    Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("agreementId", agreementId.toString());
        s.put("heldOn", heldOn.toString());
        s.put("kind", kind.name());
        s.put("place", place);
        s.put("attendees", attendees);
        s.put("summary", summary);
        return s;
    }
}
