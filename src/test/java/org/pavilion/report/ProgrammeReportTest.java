package org.pavilion.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.pavilion.support.Fixtures.as;
import static org.pavilion.support.OutcomeFixtures.anOutcome;
import static org.pavilion.support.OutcomeFixtures.rate;
import static org.pavilion.support.OutcomeFixtures.record;
import static org.pavilion.support.ProgrammeFixtures.aProgramme;
import static org.pavilion.support.ProgrammeFixtures.aSelectedParticipation;
import static org.pavilion.support.ProgrammeFixtures.anAllocation;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.pavilion.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The programme report against figures worked out by hand (see each comment), with mixed
 * currencies, missing rates, a fixed rate date and rounding at the half.
 * Rates (KRW per unit) on 2029-03-03: USD 1450, EUR 1560.5, JPY 9.5; on 2029-03-10: USD 1460.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProgrammeReportTest {

    String programme;

    @BeforeEach
    void arrangeOnce() {
        if (programme == null) {
            arrange();
        }
    }

    void arrange() {
        rate("USD", "2029-03-03", "1450");
        rate("EUR", "2029-03-03", "1560.5");
        rate("JPY", "2029-03-03", "9.5");
        rate("USD", "2029-03-10", "1460");
        programme = aProgramme().withBudget(100_000_000).create();
        String first = aSelectedParticipation(programme);
        anAllocation(first, 10_000_000);
        String second = aSelectedParticipation(programme);
        as(Tokens.officer()).body(Map.of("to", "CONFIRMED")).post("/api/v1/participations/" + second + "/transitions").then().statusCode(200);
        as(Tokens.officer()).body(Map.of("to", "ATTENDED")).post("/api/v1/participations/" + second + "/transitions").then().statusCode(200);
        record(first, anOutcome("CONSULTATION", "1000.00", "USD", "2029-03-04", "OPEN"));         // 1,450,000 KRW; 1000 USD
        record(first, anOutcome("CONSULTATION", "2000000", "KRW", "2029-03-05", "FOLLOW_UP"));    // 2,000,000 KRW; 1379.3103448... USD
        record(second, anOutcome("CONTRACT", "500.00", "EUR", "2029-03-03", "SIGNED"));          // 780,250 KRW; 538.1034482... USD
        record(second, anOutcome("CONTRACT", "10000", "JPY", "2029-03-04", "PURSUING"));         // 95,000 KRW; 65.5172413... USD
        record(second, anOutcome("CONTRACT", "300.00", "USD", "2029-03-04", "CANCELLED"));       // 435,000 KRW; 300 USD, not counted
        record(second, anOutcome("CONSULTATION", "700.00", "GBP", "2029-03-04", "OPEN"));        // no GBP rate: unconverted
        record(second, anOutcome("CONSULTATION", "100.00", "USD", "2029-01-01", "OPEN"));        // no rate within 7 days: unconverted
    }

    @Test
    void eachAmountUsesItsOwnDatesRateAndUnconvertedAmountsCountButAreNotSummed() {
        as(Tokens.finance()).get("/api/v1/reports/programmes/" + programme).then().statusCode(200)
                .body("budget.amount", equalTo("100000000"))
                .body("allocated.amount", equalTo("10000000"))
                .body("remaining.amount", equalTo("90000000"))
                .body("companies.participating", equalTo(2))
                .body("companies.attended", equalTo(1))
                .body("consultations.count", equalTo(4))
                .body("consultations.value.KRW.amount", equalTo("3450000"))
                .body("consultations.value.USD.amount", equalTo("2379.31"))
                .body("contracts.count", equalTo(2))
                .body("contracts.value.KRW.amount", equalTo("875250"))
                .body("contracts.value.USD.amount", equalTo("603.62"))
                .body("contracts.byStatus.SIGNED.count", equalTo(1))
                .body("contracts.byStatus.SIGNED.value.KRW.amount", equalTo("780250"))
                .body("contracts.byStatus.CANCELLED.count", equalTo(1))
                .body("contracts.byStatus.CANCELLED.value.USD.amount", equalTo("300.00"))
                // 875,250 / 10,000,000 = 0.087525 -> 0.09
                .body("contractValuePerSupportKrw", equalTo("0.09"))
                .body("ratesUsed.currency", contains("EUR", "JPY", "USD"))
                .body("ratesUsed.krwPerUnit", contains("1560.5", "9.5", "1450"))
                .body("ratesUsed[0].date", equalTo("2029-03-03"))
                .body("unconverted", hasSize(2))
                .body("unconverted[0].currency", equalTo("USD"))
                .body("unconverted[0].amount", equalTo("100.00"))
                .body("unconverted[0].occurredOn", equalTo("2029-01-01"))
                .body("unconverted[1].currency", equalTo("GBP"));
    }

    @Test
    void aFixedRateDateConvertsEveryAmountAtThatDatesRate() {
        // 2029-03-10: USD 1460 that day; EUR and JPY from 2029-03-03, exactly 7 days older, still usable.
        // Consultations: 1000*1460 + 2,000,000 + 100*1460 = 3,606,000 KRW; 1000 + 1369.8630137 + 100 = 2469.86 USD.
        as(Tokens.officer()).queryParam("rateDate", "2029-03-10").get("/api/v1/reports/programmes/" + programme).then()
                .statusCode(200)
                .body("consultations.value.KRW.amount", equalTo("3606000"))
                .body("consultations.value.USD.amount", equalTo("2469.86"))
                .body("unconverted", hasSize(1))
                .body("ratesUsed.currency", contains("EUR", "JPY", "USD"))
                .body("ratesUsed[2].date", equalTo("2029-03-10"));
        // One day later the EUR and JPY rates are 8 days old: those contracts are unconverted.
        as(Tokens.officer()).queryParam("rateDate", "2029-03-11").get("/api/v1/reports/programmes/" + programme).then()
                .body("contracts.count", equalTo(2))
                .body("contracts.value.KRW.amount", equalTo("0"))
                .body("unconverted", hasSize(3));
    }

    @Test
    void theCsvDownloadsCarryTheSameFiguresOneTableEach() {
        String csv = given().auth().oauth2(Tokens.finance()).accept("text/csv").get("/api/v1/reports/programmes/" + programme)
                .then().statusCode(200).contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("attachment")).extract().asString();
        assertThat(csv).startsWith("figure,count,krw,usd\n").contains("consultations,4,3450000,2379.31")
                .contains("contracts (pursuing and signed),2,875250,603.62").doesNotContain("\n\n").doesNotContain("Test rate");
        String rates = given().auth().oauth2(Tokens.finance()).accept("text/csv").queryParam("table", "rates")
                .get("/api/v1/reports/programmes/" + programme).then().statusCode(200)
                .header("Content-Disposition", containsString("-rates.csv")).extract().asString();
        assertThat(rates).startsWith("currency,date,krw_per_unit,source\n").contains("USD,2029-03-03,1450,Test rate")
                .doesNotContain("\n\n");
        String unconverted = given().auth().oauth2(Tokens.finance()).accept("text/csv").queryParam("table", "unconverted")
                .get("/api/v1/reports/programmes/" + programme).then().statusCode(200).extract().asString();
        assertThat(unconverted).startsWith("currency,amount,occurred_on\n").contains("GBP,700.00,2029-03-04");
        given().auth().oauth2(Tokens.finance()).accept("text/csv").queryParam("table", "everything")
                .get("/api/v1/reports/programmes/" + programme).then().statusCode(400);
    }

    @Test
    void aSecondReaderSeesEveryRowOfTheExcelDownload() throws Exception {
        byte[] xlsx = given().auth().oauth2(Tokens.finance())
                .accept("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .get("/api/v1/reports/programmes/" + programme).then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet report = workbook.getSheet("Report");
            String dimension = report.getCTWorksheet().getDimension().getRef();
            assertThat(dimension).isEqualTo("A1:D" + (report.getLastRowNum() + 1));
            assertThat(report.getLastRowNum()).isGreaterThan(10);
            assertThat(workbook.getSheet("Rates used").getCTWorksheet().getDimension().getRef()).isEqualTo("A1:D4");
        }
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            String styles = null;
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("xl/styles.xml")) {
                    styles = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
            assertThat(styles).contains("<cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/>");
        }
    }

    @Test
    void theExcelDownloadHasTypedNumbersAHeaderAndARatesSheet() throws Exception {
        byte[] xlsx = given().auth().oauth2(Tokens.finance())
                .accept("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .get("/api/v1/reports/programmes/" + programme).then().statusCode(200)
                .header("Content-Disposition", containsString(".xlsx")).extract().asByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Sheet> sheets = workbook.getSheets().collect(Collectors.toList());
            assertThat(sheets.stream().map(Sheet::getName)).containsExactly("Report", "Rates used", "Unconverted");
            var rows = sheets.get(0).read();
            assertThat(rows.get(0).getCell(0).asString()).isEqualTo("Figure");
            var consultations = rows.stream().filter(r -> "Consultations".equals(r.getCell(0).getRawValue())).findFirst().orElseThrow();
            Cell usd = consultations.getCell(3);
            assertThat(usd.getType()).isEqualTo(CellType.NUMBER);
            assertThat(usd.asNumber()).isEqualByComparingTo(new BigDecimal("2379.31"));
            assertThat(consultations.getCell(2).asNumber()).isEqualByComparingTo(new BigDecimal("3450000"));
            var rates = sheets.get(1).read();
            assertThat(rates).hasSize(4);
            assertThat(rates.get(3).getCell(2).asNumber()).isEqualByComparingTo(new BigDecimal("1450"));
        }
    }

    @Test
    void smesMayNotPullReports() {
        as(Tokens.sme("sme-x")).get("/api/v1/reports/programmes/" + programme).then().statusCode(403);
        as(Tokens.sme("sme-x")).get("/api/v1/reports/outcomes").then().statusCode(403);
    }

    @Test
    void anUnknownProgrammeIsNotFound() {
        as(Tokens.finance()).get("/api/v1/reports/programmes/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void nothingAllocatedMeansNoSupportEfficiencyFigure() {
        String empty = aProgramme().create();
        as(Tokens.finance()).get("/api/v1/reports/programmes/" + empty).then().statusCode(200)
                .body("contractValuePerSupportKrw", nullValue())
                .body("consultations.count", equalTo(0))
                .body("consultations.value.USD.amount", equalTo("0.00"));
    }

    @Test
    void theOutcomesReportGroupsByBuyerCountryAndMonth() {
        as(Tokens.finance()).queryParam("programmeId", programme).queryParam("groupBy", "month")
                .get("/api/v1/reports/outcomes").then().statusCode(200)
                .body("rows.key", contains("2029-01", "2029-03"))
                .body("rows[1].consultations.count", equalTo(3))
                .body("rows[1].consultations.value.KRW.amount", equalTo("3450000"))
                .body("totals.consultations.count", equalTo(4))
                .body("totals.contracts.value.USD.amount", equalTo("603.62"));
        as(Tokens.finance()).queryParam("programmeId", programme).queryParam("groupBy", "buyerCountry")
                .queryParam("kind", "CONTRACT").get("/api/v1/reports/outcomes").then().statusCode(200)
                .body("rows[0].key", equalTo("ES")).body("rows[0].label", equalTo("Spain"))
                .body("rows[0].contracts.count", equalTo(2));
        as(Tokens.finance()).queryParam("groupBy", "planet").get("/api/v1/reports/outcomes").then().statusCode(400);
    }
}
