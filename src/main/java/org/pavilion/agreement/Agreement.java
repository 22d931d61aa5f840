package org.pavilion.agreement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.pavilion.shared.domain.StateConflict;

/**
 * A cooperation agreement with one or more partners. Its status is never stored: it follows from the day asked about,
 * {@code endsOn} and {@code terminatedOn} ({@link AgreementStatus#on}). Terminating is once.
 */
@Entity
@Table(name = "agreements")
class Agreement {

    @Id
    UUID id;
    String title;
    @Enumerated(EnumType.STRING)
    AgreementKind kind;
    LocalDate signedOn;
    LocalDate startsOn;
    LocalDate endsOn;
    /** The partners in the order given; kept in {@code agreement_partners} by {@link AgreementRepository}. */
    @Transient
    List<UUID> partnerIds = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.ARRAY)
    String[] domesticParties;
    @JdbcTypeCode(SqlTypes.ARRAY)
    String[] areas;
    String summary;
    LocalDate terminatedOn;
    String terminationReason;
    Instant createdAt;
    Instant updatedAt;
    @Version
    long version;

    protected Agreement() {
    }

    Agreement(UUID id, Instant createdAt) {
        this.id = id;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    AgreementStatus statusOn(LocalDate day) {
        return AgreementStatus.on(day, endsOn, terminatedOn);
    }

    boolean isTerminated() {
        return terminatedOn != null;
    }

    /** Ends the agreement from {@code today} for the reason given; an agreement is terminated once (409). */
    void terminate(LocalDate today, String reason) {
        if (isTerminated()) {
            throw alreadyTerminated();
        }
        terminatedOn = today;
        terminationReason = reason;
    }

    /** New commitments are for agreements still in force: a terminated one takes none (409). */
    void requireNotTerminated() {
        if (isTerminated()) {
            throw alreadyTerminated();
        }
    }

    private StateConflict alreadyTerminated() {
        return new StateConflict("agreement-terminated", "Agreement terminated",
                "This agreement was terminated on " + terminatedOn + ".");
    }

    List<String> domesticPartyList() {
        return domesticParties == null ? List.of() : Arrays.asList(domesticParties);
    }

    List<CooperationArea> areaList() {
        return areas == null ? List.of() : Arrays.stream(areas).map(CooperationArea::valueOf).toList();
    }

    Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("title", title);
        s.put("kind", kind.name());
        s.put("signedOn", signedOn.toString());
        s.put("startsOn", startsOn.toString());
        s.put("endsOn", endsOn == null ? null : endsOn.toString());
        s.put("partnerIds", partnerIds.stream().map(UUID::toString).toList());
        s.put("domesticParties", domesticPartyList());
        s.put("areas", areaList().stream().map(Enum::name).toList());
        s.put("summary", summary);
        s.put("terminatedOn", terminatedOn == null ? null : terminatedOn.toString());
        s.put("terminationReason", terminationReason);
        return s;
    }
}
