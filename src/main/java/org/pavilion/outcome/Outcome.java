package org.pavilion.outcome;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.pavilion.shared.domain.StateConflict;
import org.pavilion.shared.domain.Timestamps;
import org.pavilion.shared.money.Money;

/** A consultation or a contract with a foreign buyer, in its original currency. */
@Entity
@Table(name = "outcomes")
class Outcome {

    @Id
    UUID id;
    UUID participationId;
    UUID programmeId;
    UUID companyId;
    @Enumerated(EnumType.STRING)
    OutcomeKind kind;
    String buyerName;
    @Column(columnDefinition = "bpchar(2)")
    String buyerCountry;
    BigDecimal valueAmount;
    @Column(columnDefinition = "bpchar(3)")
    String valueCurrency;
    LocalDate occurredOn;
    @Enumerated(EnumType.STRING)
    OutcomeStatus status;
    String note;
    /** The date a contract was signed; null for consultations and unsigned contracts. */
    LocalDate signedOn;
    @Enumerated(EnumType.STRING)
    VerificationStatus verificationStatus;
    @Enumerated(EnumType.STRING)
    EvidenceKind evidenceKind;
    String evidenceReference;
    /** The reference trimmed and lower-cased: one piece of evidence backs one verified contract (a unique index). */
    String evidenceKey;
    String verifiedBySubject;
    String verifiedByName;
    Instant verifiedAt;
    String createdBy;
    Instant createdAt;
    Instant updatedAt;
    @Version
    long version;

    protected Outcome() {
    }

    Money value() {
        return Money.of(valueAmount, Money.currency(valueCurrency));
    }

    void value(Money money) {
        valueAmount = money.amount();
        valueCurrency = money.currency().getCurrencyCode();
    }

    boolean isContract() {
        return kind == OutcomeKind.CONTRACT;
    }

    /**
     * A new status, and the signing date that goes with it: a contract that becomes SIGNED is signed on the date
     * given, else on {@code today}; one that leaves SIGNED is no longer signed (unless a date is given anew).
     */
    void changeStatus(OutcomeStatus target, LocalDate givenSignedOn, LocalDate today) {
        boolean wasSigned = status == OutcomeStatus.SIGNED;
        status = target;
        if (isContract() && target == OutcomeStatus.SIGNED && !wasSigned && givenSignedOn == null) {
            signedOn = today;
        } else if (isContract() && target != OutcomeStatus.SIGNED && givenSignedOn == null) {
            signedOn = null;
        }
    }

    /** The signing date as given (never before occurredOn: the request is refused first, and a CHECK holds it). */
    void signedOn(LocalDate date) {
        signedOn = date;
    }

    /** Records an officer's finding on the evidence of a SIGNED contract; 409 for anything else. */
    void verify(VerificationStatus finding, EvidenceKind kind, String reference, String bySubject, String byName) {
        if (!isContract() || status != OutcomeStatus.SIGNED) {
            throw new StateConflict("not-a-signed-contract", "Not a signed contract",
                    "Only a contract with status SIGNED can be verified; this is a " + this.kind + " in status " + status + ".");
        }
        verificationStatus = finding;
        evidenceKind = kind;
        evidenceReference = reference;
        evidenceKey = evidenceKeyOf(reference);
        verifiedBySubject = bySubject;
        verifiedByName = byName;
        verifiedAt = Timestamps.now();
    }

    static String evidenceKeyOf(String reference) {
        return reference.trim().toLowerCase(Locale.ROOT);
    }

    boolean isVerified() {
        return verificationStatus != null;
    }

    /** A change of value, currency or status undoes the verification: the evidence no longer backs this contract. */
    void clearVerification() {
        verificationStatus = null;
        evidenceKind = null;
        evidenceReference = null;
        evidenceKey = null;
        verifiedBySubject = null;
        verifiedByName = null;
        verifiedAt = null;
    }

    Map<String, Object> verificationSnapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("verification", verificationStatus == null ? null : verificationStatus.name());
        s.put("evidenceKind", evidenceKind == null ? null : evidenceKind.name());
        s.put("evidenceReference", evidenceReference);
        return s;
    }

    Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("participationId", participationId);
        s.put("kind", kind.name());
        s.put("buyerName", buyerName);
        s.put("buyerCountry", buyerCountry);
        s.put("value", value());
        s.put("occurredOn", occurredOn.toString());
        s.put("status", status.name());
        s.put("note", note);
        s.put("signedOn", signedOn == null ? null : signedOn.toString());
        return s;
    }
}
