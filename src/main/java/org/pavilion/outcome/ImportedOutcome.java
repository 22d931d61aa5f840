package org.pavilion.outcome;

import java.time.LocalDate;
import java.util.UUID;

import org.pavilion.participation.ParticipationService.ParticipantRef;
import org.pavilion.shared.money.Money;

/** One valid row of an outcome CSV import, ready to be written. */
record ImportedOutcome(UUID id, ParticipantRef participation, OutcomeKind kind, String buyerName, String buyerCountry,
        Money value, LocalDate occurredOn, OutcomeStatus status, String note) {
}
