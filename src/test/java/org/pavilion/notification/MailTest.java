package org.pavilion.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.pavilion.support.Fixtures.as;
import static org.pavilion.support.Fixtures.uniqueSubject;
import static org.pavilion.support.ProgrammeFixtures.aVerifiedCompanyOf;
import static org.pavilion.support.ProgrammeFixtures.today;
import static org.pavilion.support.VoucherFixtures.aClaim;
import static org.pavilion.support.VoucherFixtures.apply;
import static org.pavilion.support.VoucherFixtures.claim;
import static org.pavilion.support.VoucherFixtures.decide;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.pavilion.followup.FollowUpNotices;
import org.pavilion.support.FollowUpFixtures;
import org.pavilion.support.GreenMailResource;
import org.pavilion.support.NotificationsProfile;
import org.pavilion.support.Tokens;
import org.pavilion.support.VoucherFixtures;

import com.icegreen.greenmail.util.GreenMailUtil;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** E-mails to companies, received by a real SMTP server (GreenMail), in each company's preferred language. */
@QuarkusTest
@TestProfile(NotificationsProfile.class)
class MailTest {

    @Inject
    MailTemplates templates;

    @Inject
    FollowUpNotices followUps;

    /** A message as received: recipient, subject and body. */
    record Received(String to, String subject, String body) {
    }

    /** An SME's verified company with its own contact address and language; answers {sme, company, email}. */
    static String[] aCompanySpeaking(String language) {
        String sme = uniqueSubject("sme");
        String company = aVerifiedCompanyOf(sme);
        String email = "export-" + System.nanoTime() + "@mail.example";
        as(Tokens.sme(sme)).body(Map.of("contactEmail", email, "preferredLanguage", language)).patch("/api/v1/companies/" + company)
                .then().statusCode(200).body("preferredLanguage", equalTo(language));
        return new String[] { sme, company, email };
    }

    static List<Received> mailsTo(String address, int atLeast) throws Exception {
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        List<Received> found = new ArrayList<>();
        while (Instant.now().isBefore(until)) {
            found.clear();
            for (MimeMessage m : GreenMailResource.server().getReceivedMessages()) {
                if (recipients(m).contains(address)) {
                    found.add(new Received(address, m.getSubject(), text(m)));
                }
            }
            if (found.size() >= atLeast) {
                return found;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("Fewer than " + atLeast + " mails to " + address + ": " + found);
    }

    private static String text(MimeMessage m) throws Exception {
        Object content = m.getContent();
        return content instanceof String text ? text : GreenMailUtil.getBody(m);
    }

    private static List<String> recipients(MimeMessage m) throws MessagingException {
        Address[] all = m.getAllRecipients();
        return all == null ? List.of() : Arrays.stream(all).map(Address::toString).toList();
    }

    @Test
    void aVoucherDecisionAndAPaidClaimAreMailedInKoreanByDefaultAndInEnglishWhenTheCompanyPrefersIt() throws Exception {
        String[] korean = aCompanySpeaking("ko");
        String[] english = aCompanySpeaking("en");
        String programme = VoucherFixtures.programme(100_000_000, 20_000_000);
        for (String[] company : List.of(korean, english)) {
            String application = apply(Tokens.sme(company[0]), programme, company[1], 5_000_000).statusCode(201).extract().path("id");
            String voucher = decide(application, true, 5_000_000).statusCode(200).extract().path("voucherId");
            String claimId = claim(Tokens.sme(company[0]), voucher, aClaim("SHIPPING", "1000000", "KRW", today().toString()))
                    .statusCode(201).extract().path("id");
            VoucherFixtures.attachInvoice(Tokens.sme(company[0]), claimId, VoucherFixtures.aPdf("invoice " + claimId)).statusCode(201);
            as(Tokens.officer()).body(Map.of("approve", true)).post("/api/v1/claims/" + claimId + "/decision").then().statusCode(200);
            as(Tokens.finance()).body(Map.of("paidOn", today().toString(), "reference", "PAY-" + claimId))
                    .post("/api/v1/claims/" + claimId + "/payment").then().statusCode(200);
        }

        List<Received> ko = mailsTo(korean[2], 3);
        assertThat(ko).extracting(Received::subject).anyMatch(s -> s.contains("신청 결과") && s.contains("승인"))
                .anyMatch(s -> s.contains("정산 신청 승인")).anyMatch(s -> s.contains("700000 KRW 지급 완료"));
        assertThat(ko).extracting(Received::body).anyMatch(b -> b.contains("지원 한도: 5000000 KRW"));

        List<Received> en = mailsTo(english[2], 3);
        assertThat(en).extracting(Received::subject).anyMatch(s -> s.contains("Your application to") && s.endsWith("approved"))
                .anyMatch(s -> s.equals("[Pavilion] Voucher claim approved"))
                .anyMatch(s -> s.equals("[Pavilion] Voucher subsidy of KRW 700000 paid"));
        assertThat(en).extracting(Received::body).noneMatch(b -> b.chars().anyMatch(c -> c >= 0xAC00 && c <= 0xD7A3));
    }

    @Test
    void anOverdueFollowUpRoundIsMailedOnceInTheCompanysLanguage() throws Exception {
        String[] english = aCompanySpeaking("en");
        String fair = FollowUpFixtures.aFairEnding("Mail Expo", today().minusDays(16));
        String programme = FollowUpFixtures.aProgrammeAt(fair);
        FollowUpFixtures.anAttendedParticipation(programme, english[1]);
        followUps.announce(today());
        followUps.announce(today());

        Thread.sleep(2000);
        List<Received> mails = mailsTo(english[2], 2);
        assertThat(mails).extracting(Received::subject)
                .filteredOn(s -> s.contains("0-month follow-up report")).singleElement().asString().endsWith("is overdue");
        assertThat(mails).filteredOn(m -> m.subject().contains("is overdue")).singleElement()
                .extracting(Received::body).asString().contains("was due on " + today().minusDays(2));
    }

    @Test
    void everyTemplateRendersInBothLanguages() {
        Map<String, Object> data = new HashMap<>(Map.of("companyName", "메디웨이브", "companyNameEn", "Mediwave", "callName",
                "MWC Barcelona 2026", "status", "APPROVED", "granted", "5000000", "invoiceNumber", "F-1", "subsidy", "700000",
                "programmeName", "MWC Barcelona 2026", "month", 3, "dueOn", "2026-06-15"));
        data.put("reason", "Budget");
        for (MailKind kind : MailKind.values()) {
            for (String language : MailTemplates.LANGUAGES) {
                MailTemplates.Rendered mail = templates.render(kind.template(), language, data);
                assertThat(mail.subject()).as(kind + " " + language).startsWith("[Pavilion]").doesNotContain("{");
                assertThat(mail.body()).as(kind + " " + language).isNotBlank().doesNotContain("{").doesNotContain("null");
                boolean hangul = (mail.subject() + mail.body()).chars().anyMatch(c -> c >= 0xAC00 && c <= 0xD7A3);
                assertThat(hangul).as(kind + " " + language + " in Korean").isEqualTo(language.equals("ko"));
            }
        }
    }

    @Test
    void anSmeMayChooseItsLanguageButNothingElse() {
        String sme = uniqueSubject("sme");
        String company = aVerifiedCompanyOf(sme);
        as(Tokens.sme(sme)).get("/api/v1/companies/" + company).then().statusCode(200).body("preferredLanguage", equalTo("ko"));
        as(Tokens.sme(sme)).body(Map.of("preferredLanguage", "fr")).patch("/api/v1/companies/" + company).then().statusCode(400)
                .body("errors[0].field", equalTo("preferredLanguage"));
        as(Tokens.sme(sme)).body(Map.of("preferredLanguage", "en")).patch("/api/v1/companies/" + company).then().statusCode(200)
                .body("preferredLanguage", equalTo("en"));
        as(Tokens.sme(sme)).body(Map.of("preferredLanguage", "en", "sector", "Robots")).patch("/api/v1/companies/" + company)
                .then().statusCode(403);
        as(Tokens.officer()).queryParam("entityId", company).get("/api/v1/audit-events").then().statusCode(200)
                .body("items.after.preferredLanguage", hasItem("en"));
    }
}
