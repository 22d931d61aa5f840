package org.pavilion.reliability;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.pavilion.support.Fixtures;
import org.pavilion.support.OutcomeFixtures;
import org.pavilion.support.PackagedInstance;
import org.pavilion.support.ProgrammeFixtures;
import org.pavilion.support.ScratchPostgres;
import org.pavilion.support.Tokens;
import org.pavilion.support.VoucherFixtures;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;

/**
 * The backup drill an operator runs: a database full of programmes, allocations, disbursements, outcomes,
 * rates, vouchers, claims and audit events is dumped with {@code pg_dump}, restored with {@code pg_restore}
 * into a fresh server, the packaged service is started on the copy, and every report (JSON and CSV),
 * budget summary, voucher balance and the whole audit trail read the same as before, byte for byte.
 * Needs the PostgreSQL server and client binaries of one version ({@code apt-get install postgresql}, which
 * {@code .ci/run} does); without them the drill is skipped and says so.
 */
class BackupRestoreIT {

    private static final String[] GROUPS = { "programme", "fair", "sector", "buyerCountry", "company" };

    @Test
    void aRestoredDumpAnswersEveryReportBudgetBalanceAndAuditEventAsTheOriginal() throws Exception {
        Assumptions.assumeTrue(ScratchPostgres.binaries().isPresent(),
                "SKIPPED backup drill: no PostgreSQL server binaries with pg_dump/pg_restore (apt-get install postgresql)");
        Map<String, String> before;
        Path dump;
        try (ScratchPostgres original = ScratchPostgres.start("backup-original")) {
            original.createDatabase("pavilion");
            try (PackagedInstance app = PackagedInstance.start("backup-original", PackagedInstance.environment(
                    original.jdbcUrl("pavilion"), "postgres", ""))) {
                RestAssured.port = app.port();
                fillWithAYearOfWork();
                before = picture();
            }
            dump = original.dump("pavilion");
            try (ScratchPostgres restored = ScratchPostgres.start("backup-restored")) {
                restored.restore(dump, "pavilion_restored");
                try (PackagedInstance app = PackagedInstance.start("backup-restored", PackagedInstance.environment(
                        restored.jdbcUrl("pavilion_restored"), "postgres", ""))) {
                    RestAssured.port = app.port();
                    Map<String, String> after = picture();
                    assertThat(after.keySet()).containsExactlyElementsOf(before.keySet());
                    for (String read : before.keySet()) {
                        assertThat(after.get(read)).as(read).isEqualTo(before.get(read));
                    }
                    System.out.printf("backup drill: %d reads identical after pg_dump and pg_restore%n", before.size());
                }
            }
        } finally {
            RestAssured.reset();
        }
    }

    private static void fillWithAYearOfWork() {
        OutcomeFixtures.rate("USD", "2025-03-04", "1453.20");
        OutcomeFixtures.rate("EUR", ProgrammeFixtures.today().toString(), "1520.10");
        for (int p = 0; p < 3; p++) {
            String programme = ProgrammeFixtures.aProgramme().create();
            for (int c = 0; c < 4; c++) {
                String participation = ProgrammeFixtures.aSelectedParticipation(programme);
                String allocation = ProgrammeFixtures.anAllocation(participation, 3_000_000 + c * 1_000_000L);
                ProgrammeFixtures.disburse(allocation, 1_000_000).then().statusCode(201);
                OutcomeFixtures.record(participation, OutcomeFixtures.anOutcome("CONSULTATION", "250000.50", "USD", "2025-03-04", "OPEN"));
                OutcomeFixtures.record(participation, OutcomeFixtures.anOutcome("CONTRACT", "90000000", "KRW", "2025-03-05", "SIGNED"));
            }
        }
        String sme = Fixtures.uniqueSubject("backup-sme");
        String voucher = VoucherFixtures.aVoucher(sme, 10_000_000);
        VoucherFixtures.claim(Tokens.sme(sme), voucher, VoucherFixtures.aClaim("INTERPRETATION", "2000.00", "EUR",
                ProgrammeFixtures.today().toString())).statusCode(201);
        VoucherFixtures.claim(Tokens.sme(sme), voucher, VoucherFixtures.aClaim("INTERPRETATION", "1500000", "KRW",
                ProgrammeFixtures.today().toString())).statusCode(201);
    }

    /** Every read whose answer must survive a restore, by its address. */
    private static Map<String, String> picture() {
        Map<String, String> reads = new LinkedHashMap<>();
        for (String group : GROUPS) {
            read(reads, "/api/v1/reports/outcomes?from=1900-01-01&to=2999-12-31&groupBy=" + group, "application/json");
            read(reads, "/api/v1/reports/outcomes?from=1900-01-01&to=2999-12-31&groupBy=" + group, "text/csv");
        }
        String programmes = read(reads, "/api/v1/programmes?size=200", "application/json");
        for (String id : JsonPath.from(programmes).<String>getList("items.id")) {
            read(reads, "/api/v1/reports/programmes/" + id, "application/json");
            read(reads, "/api/v1/reports/programmes/" + id, "text/csv");
            read(reads, "/api/v1/programmes/" + id + "/participations?size=200", "application/json");
        }
        read(reads, "/api/v1/companies?size=200", "application/json");
        read(reads, "/api/v1/vouchers?size=200", "application/json");
        read(reads, "/api/v1/voucher-programmes?size=200", "application/json");
        read(reads, "/api/v1/voucher-applications?size=200", "application/json");
        read(reads, "/api/v1/fx-rates?size=200", "application/json");
        for (int page = 0;; page++) {
            String audit = read(reads, "/api/v1/audit-events?size=200&page=" + page, "application/json");
            List<Object> items = JsonPath.from(audit).getList("items");
            if (items.size() < 200) {
                assertThat(page * 200 + items.size()).isGreaterThan(50);
                break;
            }
        }
        return reads;
    }

    private static String read(Map<String, String> reads, String path, String type) {
        String body = given().auth().oauth2(Tokens.admin()).accept(type).get(path).then().statusCode(200).extract().asString();
        // dataAsOf says when a report was read, which differs between any two reads: everything else must not
        reads.put(type + " " + path, body.replaceAll("\"dataAsOf\":\"[^\"]*\"", "\"dataAsOf\":\"(read time)\""));
        return body;
    }
}
