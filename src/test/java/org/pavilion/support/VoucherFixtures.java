package org.pavilion.support;

import static org.pavilion.support.Fixtures.as;
import static org.pavilion.support.Fixtures.money;
import static org.pavilion.support.ProgrammeFixtures.aVerifiedCompanyOf;
import static org.pavilion.support.ProgrammeFixtures.today;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;

/** Voucher programmes, applications, vouchers and claims arranged through the API. */
public final class VoucherFixtures {

    private VoucherFixtures() {
    }

    public static Map<String, Object> aVoucherProgramme(long budget, long maxPerCompany) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Gyeonggi Ceramics Export Voucher " + System.nanoTime());
        body.put("agency", "Korea Ceramic Foundation (KOCEF)");
        body.put("year", 2025);
        body.put("budget", money(Long.toString(budget), "KRW"));
        body.put("maxPerCompany", money(Long.toString(maxPerCompany), "KRW"));
        body.put("governmentShare", "0.70");
        body.put("eligibleCategories", List.of("INTERPRETATION", "TRANSLATION", "SAMPLE_TRANSPORT", "SHIPPING"));
        body.put("applicationOpensOn", today().minusDays(5).toString());
        body.put("applicationClosesOn", today().plusDays(30).toString());
        body.put("validUntil", today().plusDays(200).toString());
        return body;
    }

    public static String programme(long budget, long maxPerCompany) {
        return as(Tokens.officer()).body(aVoucherProgramme(budget, maxPerCompany)).post("/api/v1/voucher-programmes").then()
                .statusCode(201).extract().path("id");
    }

    public static ValidatableResponse apply(String token, String programme, String company, long requested) {
        return as(token).body(Map.of("companyId", company, "requested", money(Long.toString(requested), "KRW"), "plan", "Paris"))
                .post("/api/v1/voucher-programmes/" + programme + "/applications").then();
    }

    public static ValidatableResponse decide(String application, boolean approve, long granted) {
        Map<String, Object> body = new HashMap<>();
        body.put("approve", approve);
        if (approve) {
            body.put("granted", money(Long.toString(granted), "KRW"));
        }
        return as(Tokens.officer()).body(body).post("/api/v1/voucher-applications/" + application + "/decision").then();
    }

    /** A voucher of {@code granted} won for a company of this SME; answers the voucher id. */
    public static String aVoucher(String sme, long granted) {
        String programme = programme(100_000_000, 20_000_000);
        String company = aVerifiedCompanyOf(sme);
        String application = apply(Tokens.sme(sme), programme, company, granted).statusCode(201).extract().path("id");
        return decide(application, true, granted).statusCode(200).extract().path("voucherId");
    }

    public static Map<String, Object> aClaim(String category, String amount, String currency, String invoiceDate) {
        Map<String, Object> body = new HashMap<>();
        body.put("category", category);
        body.put("provider", "Paris Interpreters SARL");
        body.put("invoiceNumber", "F-" + UUID.randomUUID());
        body.put("invoiceDate", invoiceDate);
        body.put("invoiceAmount", money(amount, currency));
        body.put("description", "Interpretation at buyer meetings");
        return body;
    }

    public static ValidatableResponse claim(String token, String voucher, Map<String, Object> body) {
        return as(token).body(body).post("/api/v1/vouchers/" + voucher + "/claims").then();
    }

    /** A minimal PDF: its signature, one line of content and the end marker. */
    public static byte[] aPdf(String content) {
        return ("%PDF-1.4\n% " + content + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
    }

    /** Attaches a PDF invoice to the claim (as that token's caller). */
    public static ValidatableResponse attachInvoice(String token, String claim, byte[] pdf) {
        return RestAssured.given().auth().oauth2(token).contentType("application/pdf")
                .header("Content-Disposition", "attachment; filename=\"invoice.pdf\"").body(pdf)
                .post("/api/v1/claims/" + claim + "/documents?kind=INVOICE").then();
    }
}
