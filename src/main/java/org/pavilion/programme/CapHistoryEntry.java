package org.pavilion.programme;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pavilion.shared.money.Money;
import org.pavilion.shared.security.Actor;

@Schema(name = "PerCompanyCapEntry")
public record CapHistoryEntry(Money cap, LocalDate effectiveFrom, String reason, Actor setBy, Instant setAt) {

    static CapHistoryEntry of(ProgrammeCap c) {
        return new CapHistoryEntry(c.cap(), c.effectiveFrom, c.reason, new Actor(c.setBySubject, c.setByName), c.setAt);
    }
}
