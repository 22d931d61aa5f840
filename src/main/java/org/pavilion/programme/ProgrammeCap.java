package org.pavilion.programme;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.pavilion.shared.domain.Timestamps;
import org.pavilion.shared.money.Money;
import org.pavilion.shared.security.Actor;

/** One entry of a programme's per-company cap history; the entries are never changed. */
@Entity
@Table(name = "programme_caps")
class ProgrammeCap {

    @Id
    UUID id;
    UUID programmeId;
    BigDecimal cap;
    LocalDate effectiveFrom;
    String reason;
    String setBySubject;
    String setByName;
    Instant setAt;

    protected ProgrammeCap() {
    }

    ProgrammeCap(UUID programmeId, Money cap, LocalDate effectiveFrom, String reason, Actor setBy) {
        this.id = UUID.randomUUID();
        this.programmeId = programmeId;
        this.cap = cap.amount();
        this.effectiveFrom = effectiveFrom;
        this.reason = reason;
        this.setBySubject = setBy.subject();
        this.setByName = setBy.name();
        this.setAt = Timestamps.now();
    }

    Money cap() {
        return Money.of(cap, Money.KRW);
    }
}
