package org.pavilion.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.pavilion.support.Fixtures;
import org.pavilion.support.Tokens;
import org.pavilion.support.VoucherFixtures;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import pavilion.client.ApiClient;
import pavilion.client.ApiException;
import pavilion.client.api.CompaniesApi;
import pavilion.client.api.DocumentsApi;
import pavilion.client.api.ExchangeRatesApi;
import pavilion.client.api.ExportVouchersApi;
import pavilion.client.api.FairsApi;
import pavilion.client.api.OutcomesApi;
import pavilion.client.api.ParticipationsApi;
import pavilion.client.api.ProgrammesApi;
import pavilion.client.api.ReportsApi;
import pavilion.client.model.Claim;
import pavilion.client.model.ClaimDecision;
import pavilion.client.model.ClaimPayment;
import pavilion.client.model.Company;
import pavilion.client.model.CompanyPatch;
import pavilion.client.model.CompanyStatus;
import pavilion.client.model.FxRateChange;
import pavilion.client.model.Money;
import pavilion.client.model.NewClaim;
import pavilion.client.model.NewCompany;
import pavilion.client.model.NewFair;
import pavilion.client.model.NewOutcome;
import pavilion.client.model.NewParticipation;
import pavilion.client.model.NewProgramme;
import pavilion.client.model.NewVoucherApplication;
import pavilion.client.model.NewVoucherProgramme;
import pavilion.client.model.OutcomeKind;
import pavilion.client.model.OutcomeStatus;
import pavilion.client.model.ProgrammeKind;
import pavilion.client.model.ProgrammeReport;
import pavilion.client.model.SupportCategory;
import pavilion.client.model.VoucherApplication;
import pavilion.client.model.VoucherCategory;
import pavilion.client.model.VoucherDecision;

/**
 * The Java client that OpenAPI Generator 7.17 ({@code native}) makes from the committed openapi/openapi.yaml, driven
 * through a whole journey as a client author would write it: an SME registers, an officer verifies, the SME applies
 * for a voucher and claims, finance pays and pulls a programme report and reads {@code value.USD}.
 */
@QuarkusTest
class GeneratedJavaClientTest {

    @TestHTTPResource("/")
    String base;

    ApiClient as(String token) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(base.replaceAll("/$", ""));
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }

    static Money krw(long won) {
        return new Money().amount(Long.toString(won)).currency("KRW");
    }

    @Test
    void anSmeFromRegistrationToAPaidClaimAndFinanceReadsTheReportInUsd() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Seoul"));
        String sme = Fixtures.uniqueSubject("client-sme");
        String officer = Tokens.officer();
        String finance = Tokens.finance();

        Company company = new CompaniesApi(as(Tokens.sme(sme))).createCompany(new NewCompany().brn(Fixtures.aValidBrn())
                .nameKo("클라이언트 테스트").representative("Kim Min-jun").sector("Smart healthcare")
                .contactEmail("client@mediwave.example").annualRevenue(krw(3_200_000_000L))
                .exportsPrevYear(new Money().amount("1250000.50").currency("USD")), UUID.randomUUID().toString());
        assertThat(company.getStatus()).isEqualTo(CompanyStatus.PENDING_VERIFICATION);
        Company verified = new CompaniesApi(as(officer)).updateCompany(company.getId(),
                new CompanyPatch().status(CompanyPatch.StatusEnum.VERIFIED), null);
        assertThat(verified.getStatus()).isEqualTo(CompanyStatus.VERIFIED);

        UUID voucherProgramme = new ExportVouchersApi(as(officer)).createVoucherProgramme(new NewVoucherProgramme()
                .name("Client Voucher " + System.nanoTime()).agency("KOCEF").year(today.getYear()).budget(krw(100_000_000))
                .maxPerCompany(krw(20_000_000)).governmentShare("0.70").eligibleCategories(List.of(VoucherCategory.SHIPPING))
                .applicationOpensOn(today.minusDays(1)).applicationClosesOn(today.plusDays(30)).validUntil(today.plusDays(200)),
                null).getId();
        VoucherApplication application = new ExportVouchersApi(as(Tokens.sme(sme))).applyForVoucher(voucherProgramme,
                new NewVoucherApplication().companyId(company.getId()).requested(krw(5_000_000)).plan("Paris"), null);
        VoucherApplication approved = new ExportVouchersApi(as(officer)).decideVoucherApplication(application.getId(),
                new VoucherDecision().approve(true).granted(krw(5_000_000)), null, null);
        Claim claim = new ExportVouchersApi(as(Tokens.sme(sme))).createClaim(approved.getVoucherId(), new NewClaim()
                .category(VoucherCategory.SHIPPING).provider("Busan Forwarding").invoiceNumber("INV-" + UUID.randomUUID())
                .invoiceDate(today).invoiceAmount(krw(1_000_000)), null);
        assertThat(claim.getSubsidy().getAmount()).isEqualTo("700000");
        // OpenAPI Generator's native library JSON-encodes a binary request body (the File's path, not its bytes), so
        // a client author uploads the raw file with the client's own HttpClient (README, "Generating a client").
        ApiClient sme1 = as(Tokens.sme(sme));
        HttpResponse<String> upload = sme1.getHttpClient().send(HttpRequest.newBuilder(URI.create(sme1.getBaseUri()
                + "/api/v1/claims/" + claim.getId() + "/documents?kind=INVOICE"))
                .header("Authorization", "Bearer " + Tokens.sme(sme)).header("Content-Type", "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"invoice.pdf\"")
                .POST(HttpRequest.BodyPublishers.ofByteArray(VoucherFixtures.aPdf("client invoice " + claim.getId()))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(upload.statusCode()).isEqualTo(201);
        assertThat(new DocumentsApi(sme1).listClaimDocuments(claim.getId(), null, null).getItems()).hasSize(1);
        new ExportVouchersApi(as(officer)).decideClaim(claim.getId(), new ClaimDecision().approve(true), null, null);
        Claim paid = new ExportVouchersApi(as(finance)).payClaim(claim.getId(),
                new ClaimPayment().paidOn(today).reference("PAY-" + claim.getId()), null, null);
        assertThat(paid.getStatus().getValue()).isEqualTo("PAID");

        UUID fair = new FairsApi(as(officer)).createFair(new NewFair().name("Client Expo " + System.nanoTime()).series("Client Expo")
                .organiser("GSMA").city("Barcelona").country("ES").startsOn(today.minusDays(10)).endsOn(today.minusDays(7)), null)
                .getId();
        UUID programme = new ProgrammesApi(as(officer)).createProgramme(new NewProgramme().name("Client Pavilion " + System.nanoTime())
                .kind(ProgrammeKind.EXHIBITION).fairId(fair).agency("Gyeonggi Province").budget(krw(500_000_000))
                .perCompanyCap(krw(12_000_000)).applicationOpensOn(today.minusDays(30)).applicationClosesOn(today.plusDays(10))
                .supportCategories(List.of(SupportCategory.EXHIBITION_FEE)), null).getId();
        UUID participation = new ParticipationsApi(as(officer)).createParticipation(programme,
                new NewParticipation().companyId(company.getId()), null).getId();
        new ExchangeRatesApi(as(finance)).setFxRate("USD", today.minusDays(8), new FxRateChange().krwPerUnit("1450.00")
                .source("Seoul Money Brokerage"));
        new OutcomesApi(as(officer)).createOutcome(participation, new NewOutcome().kind(OutcomeKind.CONTRACT)
                .buyerName("Telefonica").buyerCountry("ES").value(new Money().amount("250000.00").currency("USD"))
                .occurredOn(today.minusDays(8)).status(OutcomeStatus.SIGNED), null);

        ProgrammeReport report = new ReportsApi(as(finance)).getProgrammeReport(programme, null, null);
        assertThat(report.getContracts().getValue().getUSD().getAmount()).isEqualTo("250000.00");
        assertThat(report.getContracts().getValue().getKRW().getAmount()).isEqualTo("362500000");

        ApiException notFound = catchThrowableOfType(ApiException.class,
                () -> new OutcomesApi(as(officer)).getOutcome(UUID.randomUUID()));
        assertThat(notFound.getCode()).isEqualTo(404);
        assertThat(notFound.getResponseBody()).contains("https://pavilion.example/problems/not-found");
        assertThatThrownBy(() -> new CompaniesApi(as(Tokens.sme(Fixtures.uniqueSubject("other")))).getCompany(company.getId()))
                .isInstanceOf(ApiException.class);
    }
}
