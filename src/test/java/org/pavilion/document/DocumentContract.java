package org.pavilion.document;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.pavilion.support.Fixtures.as;
import static org.pavilion.support.Fixtures.uniqueSubject;
import static org.pavilion.support.ProgrammeFixtures.today;
import static org.pavilion.support.VoucherFixtures.aClaim;
import static org.pavilion.support.VoucherFixtures.aPdf;
import static org.pavilion.support.VoucherFixtures.aVoucher;
import static org.pavilion.support.VoucherFixtures.attachInvoice;
import static org.pavilion.support.VoucherFixtures.claim;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.pavilion.support.Concurrently;
import org.pavilion.support.OutcomeFixtures;
import org.pavilion.support.ProgrammeFixtures;
import org.pavilion.support.Tokens;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/** The contract's documents, sentence by sentence; run against each store by a subclass. */
abstract class DocumentContract {

    static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0,
            1, 8, 2, 0, 0, 0 };

    @Inject
    DocumentStores stores;

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    static RequestSpecification upload(String token, String type, String disposition, byte[] body) {
        RequestSpecification request = given().auth().oauth2(token).contentType(type).body(body);
        return disposition == null ? request : request.header("Content-Disposition", disposition);
    }

    /** An SME with a voucher and a SUBMITTED claim; answers {sme, claim}. */
    static String[] aClaimOfAnSme() {
        String sme = uniqueSubject("sme");
        String voucher = aVoucher(sme, 5_000_000);
        String claimId = claim(Tokens.sme(sme), voucher, aClaim("SHIPPING", "100000", "KRW", today().toString())).statusCode(201)
                .extract().path("id");
        return new String[] { sme, claimId };
    }

    @Test
    void anSmeAttachesAnInvoiceAndDownloadsTheExactBytes() throws Exception {
        String[] c = aClaimOfAnSme();
        byte[] pdf = aPdf("invoice " + UUID.randomUUID());
        String name = "인보이스 2025-031.pdf";
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        ValidatableResponse created = upload(Tokens.sme(c[0]), "application/pdf", "attachment; filename*=UTF-8''" + encoded, pdf)
                .post("/api/v1/claims/" + c[1] + "/documents?kind=INVOICE").then().statusCode(201)
                .body("ownerType", equalTo("claim")).body("ownerId", equalTo(c[1])).body("kind", equalTo("INVOICE"))
                .body("filename", equalTo(name)).body("contentType", equalTo("application/pdf")).body("size", equalTo(pdf.length))
                .body("sha256", equalTo(sha256(pdf))).body("uploadedBy.subject", equalTo(c[0]));
        String id = created.extract().path("id");
        assertThat(created.extract().header("Location")).endsWith("/api/v1/documents/" + id);

        var download = as(Tokens.sme(c[0])).get("/api/v1/documents/" + id + "/content").then().statusCode(200)
                .header("Content-Type", "application/pdf").header("X-Content-Type-Options", "nosniff")
                .header("ETag", "\"" + sha256(pdf) + "\"")
                .header("Content-Disposition", containsString("attachment; filename=\""))
                .header("Content-Disposition", containsString("filename*=UTF-8''%EC%9D%B8")).extract();
        assertThat(download.asByteArray()).isEqualTo(pdf);
        as(Tokens.finance()).get("/api/v1/claims/" + c[1] + "/documents").then().statusCode(200).body("total", equalTo(1));
        as(Tokens.officer()).queryParam("entityId", id).get("/api/v1/audit-events").then().body("items[0].entityType",
                equalTo("document"));
    }

    @Test
    void badUploadsAreRefusedWithTheRightStatus() {
        String[] c = aClaimOfAnSme();
        String path = "/api/v1/claims/" + c[1] + "/documents?kind=INVOICE";
        String ok = "attachment; filename=\"a.pdf\"";
        upload(Tokens.sme(c[0]), "application/pdf", ok, PNG).post(path).then().statusCode(415);
        upload(Tokens.sme(c[0]), "image/png", "attachment; filename=\"a.png\"", aPdf("x")).post(path).then().statusCode(415);
        upload(Tokens.sme(c[0]), "text/plain", ok, "hello".getBytes()).post(path).then().statusCode(415);
        upload(Tokens.sme(c[0]), "application/pdf", null, aPdf("x")).post(path).then().statusCode(400);
        upload(Tokens.sme(c[0]), "application/pdf", "attachment; filename=\"../etc/passwd\"", aPdf("x")).post(path).then().statusCode(400);
        upload(Tokens.sme(c[0]), "application/pdf", "attachment; filename=\"a\\\\b.pdf\"", aPdf("x")).post(path).then().statusCode(400);
        upload(Tokens.sme(c[0]), "application/pdf", "attachment; filename*=UTF-8''a%00b.pdf", aPdf("x")).post(path).then().statusCode(400);
        upload(Tokens.sme(c[0]), "application/pdf", "attachment; filename=\"" + "a".repeat(256) + "\"", aPdf("x")).post(path).then()
                .statusCode(400);
        upload(Tokens.sme(c[0]), "application/pdf", ok, aPdf("x")).post("/api/v1/claims/" + c[1] + "/documents").then().statusCode(400);
        upload(Tokens.sme(c[0]), "application/pdf", ok, aPdf("x")).post("/api/v1/claims/" + c[1] + "/documents?kind=BILL").then()
                .statusCode(400);
        upload(Tokens.finance(), "application/pdf", ok, aPdf("x")).post(path).then().statusCode(403);
        upload(Tokens.forUser("r", "reviewer"), "application/pdf", ok, aPdf("x")).post(path).then().statusCode(403);
        upload(Tokens.sme(c[0]), "image/png", "attachment; filename=\"a.png\"", PNG).post(path).then().statusCode(201)
                .body("contentType", equalTo("image/png"));
    }

    @Test
    void tenMebibytesAreAcceptedAndOneByteMoreIs413EvenChunked() {
        String[] c = aClaimOfAnSme();
        String path = "/api/v1/claims/" + c[1] + "/documents?kind=OTHER";
        byte[] exactly = Arrays.copyOf(aPdf("big"), 10 * 1024 * 1024);
        upload(Tokens.sme(c[0]), "application/pdf", "attachment; filename=\"big.pdf\"", exactly).post(path).then().statusCode(201)
                .body("size", equalTo(10 * 1024 * 1024));
        byte[] over = Arrays.copyOf(exactly, exactly.length + 1);
        upload(Tokens.sme(c[0]), "application/pdf", "attachment; filename=\"big.pdf\"", over).post(path).then().statusCode(413)
                .contentType(containsString("application/problem+json"));
        given().auth().oauth2(Tokens.sme(c[0])).contentType("application/pdf").header("Content-Disposition", "attachment; filename=\"c.pdf\"")
                .body(new ByteArrayInputStream(over)).post(path).then().statusCode(413);
    }

    @Test
    void anotherCompanysDocumentsAre404AndADecidedClaimTakesNoMoreFromTheSme() throws Exception {
        String[] mine = aClaimOfAnSme();
        String[] theirs = aClaimOfAnSme();
        String document = attachInvoice(Tokens.sme(theirs[0]), theirs[1], aPdf("theirs " + UUID.randomUUID())).statusCode(201)
                .extract().path("id");
        upload(Tokens.sme(mine[0]), "application/pdf", "attachment; filename=\"x.pdf\"", aPdf("x")).post("/api/v1/claims/"
                + theirs[1] + "/documents?kind=INVOICE").then().statusCode(404);
        as(Tokens.sme(mine[0])).get("/api/v1/documents/" + document).then().statusCode(404);
        as(Tokens.sme(mine[0])).get("/api/v1/documents/" + document + "/content").then().statusCode(404);
        as(Tokens.sme(mine[0])).delete("/api/v1/documents/" + document).then().statusCode(404);
        as(Tokens.sme(mine[0])).get("/api/v1/claims/" + theirs[1] + "/documents").then().statusCode(404);

        as(Tokens.officer()).body(Map.of("approve", true)).post("/api/v1/claims/" + theirs[1] + "/decision").then().statusCode(200);
        attachInvoice(Tokens.sme(theirs[0]), theirs[1], aPdf("late " + UUID.randomUUID())).statusCode(409)
                .body("type", containsString("claim-decided"));
        as(Tokens.sme(theirs[0])).delete("/api/v1/documents/" + document).then().statusCode(409);
        attachInvoice(Tokens.officer(), theirs[1], aPdf("officer " + UUID.randomUUID())).statusCode(201);
    }

    @Test
    void anInvoiceFileFundsOneLiveClaimAndAnApprovalNeedsOne() {
        String[] first = aClaimOfAnSme();
        String[] second = aClaimOfAnSme();
        byte[] invoice = aPdf("one invoice " + UUID.randomUUID());
        as(Tokens.officer()).body(Map.of("approve", true)).post("/api/v1/claims/" + first[1] + "/decision").then().statusCode(422)
                .body("type", containsString("document-missing"));
        attachInvoice(Tokens.sme(first[0]), first[1], invoice).statusCode(201);
        attachInvoice(Tokens.sme(second[0]), second[1], invoice).statusCode(409)
                .body("type", containsString("invoice-file-already-claimed"));
        upload(Tokens.sme(second[0]), "application/pdf", "attachment; filename=\"r.pdf\"", invoice)
                .post("/api/v1/claims/" + second[1] + "/documents?kind=RECEIPT").then().statusCode(409);
        upload(Tokens.sme(second[0]), "application/pdf", "attachment; filename=\"c.pdf\"", invoice)
                .post("/api/v1/claims/" + second[1] + "/documents?kind=OTHER").then().statusCode(201);
        as(Tokens.officer()).body(Map.of("approve", false, "reason", "Not eligible")).post("/api/v1/claims/" + first[1] + "/decision")
                .then().statusCode(200);
        attachInvoice(Tokens.sme(second[0]), second[1], invoice).statusCode(201);
        as(Tokens.officer()).body(Map.of("approve", true)).post("/api/v1/claims/" + second[1] + "/decision").then().statusCode(200);
    }

    @Test
    void aDeletedDocumentIsHiddenAuditedAndCountsForNothing() {
        String[] c = aClaimOfAnSme();
        String[] other = aClaimOfAnSme();
        byte[] invoice = aPdf("deleted " + UUID.randomUUID());
        String id = attachInvoice(Tokens.sme(c[0]), c[1], invoice).statusCode(201).extract().path("id");
        as(Tokens.sme(c[0])).delete("/api/v1/documents/" + id).then().statusCode(204);
        as(Tokens.officer()).get("/api/v1/documents/" + id).then().statusCode(404);
        as(Tokens.officer()).get("/api/v1/claims/" + c[1] + "/documents").then().body("total", equalTo(0));
        as(Tokens.officer()).body(Map.of("approve", true)).post("/api/v1/claims/" + c[1] + "/decision").then().statusCode(422);
        attachInvoice(Tokens.sme(other[0]), other[1], invoice).statusCode(201);
        as(Tokens.officer()).queryParam("entityId", id).get("/api/v1/audit-events").then().body("items.action",
                hasItem("deleted"));
        QuarkusTransaction.requiringNew().run(() -> {
            try (var bytes = stores.open(UUID.fromString(id), storeName())) {
                assertThat(bytes.readAllBytes()).as("the bytes are kept for audit").isEqualTo(invoice);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void theSameInvoiceOnTwoClaimsAtOnceIsAttachedOnce() throws Exception {
        byte[] invoice = aPdf("race " + UUID.randomUUID());
        List<Callable<Integer>> attempts = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String[] c = aClaimOfAnSme();
            attempts.add(() -> attachInvoice(Tokens.sme(c[0]), c[1], invoice).extract().statusCode());
        }
        List<Integer> codes = Concurrently.fireAtOnce(attempts);
        assertThat(Concurrently.count(codes, 201)).isEqualTo(1);
        assertThat(Concurrently.count(codes, 409)).isEqualTo(3);
    }

    @Test
    void documentsAttachToOutcomesCompaniesAndParticipationsToo() {
        String sme = uniqueSubject("sme");
        String company = ProgrammeFixtures.aVerifiedCompanyOf(sme);
        String participation = ProgrammeFixtures.aSelectedParticipation(
                ProgrammeFixtures.aProgramme().create(), company);
        String outcome = OutcomeFixtures.record(participation,
                OutcomeFixtures.anOutcome("CONTRACT", "10.00", "USD", "2025-03-04", "SIGNED"));
        for (String owner : List.of("companies/" + company + "/documents?kind=BUSINESS_REGISTRATION",
                "participations/" + participation + "/documents?kind=OTHER", "outcomes/" + outcome + "/documents?kind=CONTRACT")) {
            upload(Tokens.sme(sme), "image/jpeg", "attachment; filename=\"scan.jpg\"", JPEG).post("/api/v1/" + owner).then()
                    .statusCode(201).body("contentType", equalTo("image/jpeg"));
        }
        as(Tokens.officer()).get("/api/v1/companies/" + company + "/documents").then().body("items[0].kind", equalTo("BUSINESS_REGISTRATION"));
        upload(Tokens.sme(uniqueSubject("stranger")), "image/jpeg", "attachment; filename=\"scan.jpg\"", JPEG)
                .post("/api/v1/companies/" + company + "/documents?kind=OTHER").then().statusCode(404);
    }

    static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1, 1, 0, 0, 1, 0, 1,
            0, 0, (byte) 0xFF, (byte) 0xD9 };

    abstract String storeName();
}
