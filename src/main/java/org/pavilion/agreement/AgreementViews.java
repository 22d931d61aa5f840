package org.pavilion.agreement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The views the partner and agreement endpoints answer with. */
public final class AgreementViews {

    private AgreementViews() {
    }

    @Schema(name = "Partner")
    public record PartnerView(UUID id, String name, String nameLocal, PartnerKind kind, String country, String city, String website,
            Instant createdAt) {

        static PartnerView of(Partner p) {
            return new PartnerView(p.id, p.name, p.nameLocal, p.kind, p.country, p.city, p.website, p.createdAt);
        }
    }

    @Schema(name = "AgreementPartner")
    public record PartnerName(UUID id, String name) {
    }

    @Schema(name = "Agreement")
    public record AgreementView(UUID id, String title, AgreementKind kind, LocalDate signedOn, LocalDate startsOn, LocalDate endsOn,
            @Schema(description = "Today's (Asia/Seoul): TERMINATED from terminatedOn, else EXPIRED after endsOn, else ACTIVE")
            AgreementStatus status, List<PartnerName> partners, List<String> domesticParties, List<CooperationArea> areas,
            String summary, LocalDate terminatedOn, String terminationReason, Instant createdAt) {
    }

    @Schema(name = "Commitment")
    public record CommitmentView(UUID id, UUID agreementId, String description, CooperationArea area, String owner, LocalDate dueOn,
            CommitmentStatus status, @Schema(description = "Open (PLANNED or IN_PROGRESS) and dueOn before today (Asia/Seoul)")
            boolean overdue, Instant createdAt, Instant updatedAt) {

        static CommitmentView of(Commitment c, LocalDate today) {
            return new CommitmentView(c.id, c.agreementId, c.description, c.area, c.owner, c.dueOn, c.status, c.isOverdueOn(today),
                    c.createdAt, c.updatedAt);
        }
    }

    @Schema(name = "Meeting")
    public record MeetingView(UUID id, UUID agreementId, LocalDate heldOn, MeetingKind kind, String place, Integer attendees,
            String summary, Instant createdAt) {

        static MeetingView of(Meeting m) {
            return new MeetingView(m.id, m.agreementId, m.heldOn, m.kind, m.place, m.attendees, m.summary, m.createdAt);
        }
    }
}
