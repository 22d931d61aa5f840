package org.pavilion.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.pavilion.support.Fixtures.aVerifiedCompany;
import static org.pavilion.support.Fixtures.as;
import static org.pavilion.support.Fixtures.uniqueSubject;
import static org.pavilion.support.ProgrammeFixtures.aProgramme;
import static org.pavilion.support.ProgrammeFixtures.aSelectedParticipation;
import static org.pavilion.support.ProgrammeFixtures.aVerifiedCompanyOf;
import static org.pavilion.support.ProgrammeFixtures.anAllocation;
import static org.pavilion.support.ProgrammeFixtures.disburse;
import static org.pavilion.support.ProgrammeFixtures.today;
import static org.pavilion.support.SelectionFixtures.aReviewerOn;
import static org.pavilion.support.SelectionFixtures.configure;
import static org.pavilion.support.SelectionFixtures.criteria;
import static org.pavilion.support.SelectionFixtures.review;
import static org.pavilion.support.SelectionFixtures.scores;
import static org.pavilion.support.SelectionFixtures.settings;
import static org.pavilion.support.VoucherFixtures.aClaim;
import static org.pavilion.support.VoucherFixtures.aVoucher;
import static org.pavilion.support.VoucherFixtures.claim;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.pavilion.followup.FollowUpNotices;
import org.pavilion.support.FollowUpFixtures;
import org.pavilion.support.NotificationsProfile;
import org.pavilion.support.Tokens;
import org.pavilion.support.VoucherFixtures;
import org.pavilion.support.WebhookReceiver;
import org.pavilion.support.WebhookReceiver.Delivery;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Webhook deliveries against real receivers on this machine, each checking signatures with the Standard Webhooks
 * reference library: the outbox, retries with the same webhook-id, redelivery, filters and every event of api.md.
 */
@QuarkusTest
@TestProfile(NotificationsProfile.class)
class WebhookDeliveryTest {

    static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    Outbox outbox;

    @Inject
    FollowUpNotices followUps;

    /** Subscribes the receiver; answers the subscription id and tells the receiver its secret. */
    static String subscribe(WebhookReceiver receiver, String... events) {
        Map<String, Object> created = as(Tokens.admin()).body(Map.of("url", receiver.url(), "events", List.of(events),
                "description", "test receiver")).post("/api/v1/webhooks").then().statusCode(201).extract().as(Map.class);
        receiver.verifyingWith((String) created.get("secret"));
        return (String) created.get("id");
    }

    static void unsubscribe(String webhook) {
        as(Tokens.admin()).delete("/api/v1/webhooks/" + webhook).then().statusCode(204);
    }

    @Test
    void aReceiverThatFailsTwiceGetsTheEventOnTheThirdAttemptWithTheSameIdAndAVerifiedSignature() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver().failingFirst(2)) {
            String webhook = subscribe(receiver, "participation.status-changed");
            String participation = aSelectedParticipation(aProgramme().create());

            Delivery delivered = receiver.await(d -> participation.equals(d.data().path("id").asText()), WAIT);

            List<Delivery> attempts = receiver.deliveries().stream().filter(d -> d.webhookId().equals(delivered.webhookId())).toList();
            assertThat(attempts).extracting(Delivery::answered).containsExactly(500, 500, 200);
            assertThat(attempts).allMatch(Delivery::verified, "signature accepted by the Standard Webhooks verifier");
            assertThat(attempts).extracting(Delivery::body).containsOnly(delivered.body());
            assertThat(delivered.type()).isEqualTo("participation.status-changed");
            assertThat(delivered.data().path("status").asText()).isEqualTo("SELECTED");
            assertThat(delivered.data().path("companyId").asText()).isNotEmpty();
            assertThat(delivered.json().path("timestamp").asText()).endsWith("Z");
            as(Tokens.admin()).get("/api/v1/webhooks/" + webhook + "/deliveries").then().statusCode(200)
                    .body("items[0].eventId", equalTo(delivered.webhookId()))
                    .body("items[0].type", equalTo("participation.status-changed"))
                    .body("items[0].attempts", equalTo(3)).body("items[0].lastStatus", equalTo(200))
                    .body("items[0].deliveredAt", notNullValue()).body("items[0].nextAttemptAt", nullValue());
            unsubscribe(webhook);
        }
    }

    @Test
    void aRolledBackChangeSendsNothingAndACommittedOneArrives() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            String webhook = subscribe(receiver, "selection.decided");
            String rolledBack = UUID.randomUUID().toString();
            String committed = UUID.randomUUID().toString();
            assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
                outbox.publish(EventType.SELECTION_DECIDED, Map.of("id", rolledBack));
                throw new IllegalStateException("the change fails after its event was recorded");
            })).isInstanceOf(IllegalStateException.class);
            QuarkusTransaction.requiringNew().run(() -> outbox.publish(EventType.SELECTION_DECIDED, Map.of("id", committed)));

            receiver.await(d -> committed.equals(d.data().path("id").asText()), WAIT);
            Thread.sleep(1500);
            assertThat(receiver.deliveries()).noneMatch(d -> rolledBack.equals(d.data().path("id").asText()));
            unsubscribe(webhook);
        }
    }

    @Test
    void redeliverySendsTheSameEventAgainAndOnlySubscribedTypesArrive() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver(); WebhookReceiver claimsOnly = new WebhookReceiver()) {
            String webhook = subscribe(receiver, "*");
            String claimsWebhook = subscribe(claimsOnly, "claim.status-changed");
            String participation = aSelectedParticipation(aProgramme().create());
            Delivery first = receiver.await(d -> participation.equals(d.data().path("id").asText()), WAIT);

            as(Tokens.admin()).post("/api/v1/webhooks/" + webhook + "/deliveries/" + first.webhookId() + "/redeliver").then()
                    .statusCode(202).body("eventId", equalTo(first.webhookId()));
            receiver.await(d -> d.webhookId().equals(first.webhookId()) && d.receivedAt().isAfter(first.receivedAt()), WAIT);
            assertThat(receiver.deliveries().stream().filter(d -> d.webhookId().equals(first.webhookId())))
                    .hasSize(2).allMatch(Delivery::verified).extracting(Delivery::body).containsOnly(first.body());
            as(Tokens.admin()).post("/api/v1/webhooks/" + claimsWebhook + "/deliveries/" + first.webhookId() + "/redeliver")
                    .then().statusCode(404);
            as(Tokens.admin()).get("/api/v1/webhooks/" + claimsWebhook + "/deliveries").then().statusCode(200)
                    .body("total", equalTo(0));
            assertThat(claimsOnly.deliveries()).isEmpty();
            unsubscribe(webhook);
            unsubscribe(claimsWebhook);
        }
    }

    @Test
    void aDeletedSubscriptionGetsNothingMore() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            String webhook = subscribe(receiver, "participation.status-changed");
            unsubscribe(webhook);
            String participation = aSelectedParticipation(aProgramme().create());
            Thread.sleep(2500);
            assertThat(receiver.deliveries()).noneMatch(d -> participation.equals(d.data().path("id").asText()));
        }
    }

    @Test
    void everyEventOfTheContractIsDeliveredWithItsResourceStatusAndCompany() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            String webhook = subscribe(receiver, "*");

            // Selection: two applications, one seat, one reviewer, the committee decides.
            String programme = aProgramme().create();
            configure("programmes", programme, settings(1, 1, criteria("market", "1"))).statusCode(200);
            String better = anApplication(programme);
            String worse = anApplication(programme);
            String reviewer = aReviewerOn("programmes", programme);
            review(reviewer, "participations", better, scores("market", 90)).statusCode(201);
            review(reviewer, "participations", worse, scores("market", 40)).statusCode(201);
            String decision = as(Tokens.officer()).body(Map.of("reason", "Committee"))
                    .post("/api/v1/programmes/" + programme + "/selection-decision").then().statusCode(200).extract().path("id");

            // Support: an allocation paid in part, another cancelled.
            String participation = aSelectedParticipation(aProgramme().create());
            String paid = anAllocation(participation, 1_000_000);
            disburse(paid, 400_000).then().statusCode(201);
            String cancelled = anAllocation(participation, 500_000);
            as(Tokens.officer()).body(Map.of("reason", "Booth downsized")).post("/api/v1/allocations/" + cancelled + "/cancel")
                    .then().statusCode(200);

            // Vouchers: approval, a claim submitted, approved on its invoice and paid.
            String sme = uniqueSubject("sme");
            String voucher = aVoucher(sme, 5_000_000);
            String claimId = claim(Tokens.sme(sme), voucher, aClaim("SHIPPING", "1000000", "KRW", today().toString()))
                    .statusCode(201).extract().path("id");
            VoucherFixtures.attachInvoice(Tokens.sme(sme), claimId, VoucherFixtures.aPdf("invoice " + claimId)).statusCode(201);
            as(Tokens.officer()).body(Map.of("approve", true)).post("/api/v1/claims/" + claimId + "/decision").then().statusCode(200);
            as(Tokens.finance()).body(Map.of("paidOn", today().toString(), "reference", "PAY-" + claimId))
                    .post("/api/v1/claims/" + claimId + "/payment").then().statusCode(200);

            // Results: a signed contract verified; one round submitted, another overdue since yesterday.
            String fair = FollowUpFixtures.aFairEnding("Webhook Expo", today().minusDays(3));
            String attended = FollowUpFixtures.anAttendedParticipation(FollowUpFixtures.aProgrammeAt(fair),
                    aVerifiedCompany());
            String contract = FollowUpFixtures.aContract(attended, "250000", "USD", today().minusDays(2).toString(), "SIGNED",
                    null, "FR");
            as(Tokens.officer()).body(Map.of("status", "VERIFIED", "evidenceKind", "EXPORT_DECLARATION", "evidenceReference",
                    "ED-" + contract)).post("/api/v1/outcomes/" + contract + "/verification").then().statusCode(200);
            as(Tokens.officer()).body(Map.of("note", "Two contracts")).post("/api/v1/participations/" + attended + "/follow-ups/0")
                    .then().statusCode(200);
            String lateFair = FollowUpFixtures.aFairEnding("Webhook Expo", today().minusDays(16));
            String late = FollowUpFixtures.anAttendedParticipation(FollowUpFixtures.aProgrammeAt(lateFair),
                    aVerifiedCompany());
            assertThat(followUps.announce(today())).isPositive();
            assertThat(followUps.announce(today())).as("announced once").isZero();

            Map<String, String> expected = Map.ofEntries(
                    Map.entry("selection.decided", decision),
                    Map.entry("participation.status-changed", worse),
                    Map.entry("allocation.created", paid),
                    Map.entry("allocation.cancelled", cancelled),
                    Map.entry("disbursement.created", paid),
                    Map.entry("voucher-application.decided", voucher),
                    Map.entry("claim.status-changed", claimId),
                    Map.entry("outcome.verified", contract),
                    Map.entry("follow-up.submitted", attended),
                    Map.entry("follow-up.overdue", late));
            for (Map.Entry<String, String> e : expected.entrySet()) {
                receiver.await(d -> d.type().equals(e.getKey()) && d.body().contains(e.getValue()), WAIT);
            }
            Set<String> claimStatuses = receiver.deliveries().stream()
                    .filter(d -> d.type().equals("claim.status-changed") && claimId.equals(d.data().path("id").asText()))
                    .map(d -> d.data().path("status").asText()).collect(Collectors.toSet());
            assertThat(claimStatuses).containsExactlyInAnyOrder("SUBMITTED", "APPROVED", "PAID");
            Delivery waitlisted = receiver.await(d -> d.type().equals("participation.status-changed")
                    && worse.equals(d.data().path("id").asText()) && d.data().path("status").asText().equals("WAITLISTED"), WAIT);
            assertThat(waitlisted.data().path("previousStatus").asText()).isEqualTo("APPLIED");
            assertThat(waitlisted.data().path("waitlistPosition").asInt()).isEqualTo(1);
            receiver.await(d -> d.type().equals("participation.status-changed") && better.equals(d.data().path("id").asText())
                    && d.data().path("status").asText().equals("SELECTED"), WAIT);
            assertThat(receiver.deliveries()).allMatch(Delivery::verified);
            assertThat(receiver.deliveries()).filteredOn(d -> !d.type().equals("selection.decided"))
                    .allMatch(d -> !d.data().path("companyId").asText().isEmpty(), "companyId where one applies");
            unsubscribe(webhook);
        }
    }

    /** An SME applies (APPLIED) for its own verified company; answers the participation id. */
    static String anApplication(String programme) {
        String sme = uniqueSubject("sme");
        String company = aVerifiedCompanyOf(sme);
        return as(Tokens.sme(sme)).body(Map.of("companyId", company)).post("/api/v1/programmes/" + programme + "/participations")
                .then().statusCode(201).extract().path("id");
    }
}
