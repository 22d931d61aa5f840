package org.pavilion.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;
import static org.pavilion.support.Fixtures.aCompany;
import static org.pavilion.support.Fixtures.as;
import static org.pavilion.support.OutcomeFixtures.anOutcome;
import static org.pavilion.support.OutcomeFixtures.rate;
import static org.pavilion.support.OutcomeFixtures.record;
import static org.pavilion.support.ProgrammeFixtures.aProgramme;
import static org.pavilion.support.ProgrammeFixtures.aSelectedParticipation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.pavilion.report.OutcomeFiguresQuery.Figures;
import org.pavilion.report.OutcomeFiguresQuery.GroupFigures;
import org.pavilion.report.OutcomeFiguresQuery.Scope;
import org.pavilion.report.ReportService.GroupBy;
import org.pavilion.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The outcomes report reads maintained totals (V13) instead of every outcome. Whatever happens meanwhile (outcomes
 * recorded from many threads, CSV imports, status and value changes, companies changing sector, the compaction
 * running), its answer must be the direct aggregate over the outcomes, identical to the last digit. The same for the
 * effectiveness report and its totals (V15), which also follow verifications and the programme's reference date.
 */
@QuarkusTest
class OutcomeTotalsExactnessTest {

    /** CNY has no rate in May 2019: its outcomes are listed as unconverted, one by one. */
    private static final String[] CURRENCIES = { "KRW", "USD", "EUR", "JPY", "CNY" };
    private static final String[] COUNTRIES = { "ES", "US", "CN", "JP", "DE" };
    private static final String[] CONSULTATION = { "OPEN", "FOLLOW_UP", "CLOSED" };
    private static final String[] CONTRACT = { "PURSUING", "SIGNED", "CANCELLED" };

    @Inject
    OutcomeFiguresQuery figures;

    @Inject
    OutcomeTotalsCompaction compaction;

    @Inject
    EffectivenessQuery effectiveness;

    @Inject
    ReportQuery database;

    @Test
    void theTotalsAnswerExactlyWhatTheOutcomesSumToAfterConcurrentWritesImportsStatusAndSectorChanges() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        for (int day = 1; day <= 10; day++) {
            String date = "2019-05-%02d".formatted(day);
            rate("USD", date, "1351.2" + day);
            rate("EUR", date, "1470.03");
            rate("JPY", date, "9.1234" + day);
        }
        // A reference date among the outcomes' dates: contracts fall in and out of signedWithin as they change.
        Map<String, Object> programmeBody = aProgramme().body();
        programmeBody.put("activityEndsOn", "2019-05-04");
        String programme = as(Tokens.officer()).body(programmeBody).post("/api/v1/programmes").then().statusCode(201).extract()
                .path("id");
        List<String> companies = new ArrayList<>();
        List<String> participations = new ArrayList<>();
        List<String> brns = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Map<String, Object> company = aCompany();
            company.put("sector", "Totals " + run + " " + (i % 2 == 0 ? "A" : "B"));
            String id = as(Tokens.officer()).body(company).post("/api/v1/companies").then().statusCode(201).extract().path("id");
            companies.add(id);
            brns.add((String) company.get("brn"));
            participations.add(aSelectedParticipation(programme, id));
        }
        ConcurrentLinkedQueue<String> recorded = new ConcurrentLinkedQueue<>();
        for (int i = 0; i < 12; i++) {
            recorded.add(record(participations.get(i % 6), randomOutcome()));
        }

        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<Void>> work = new ArrayList<>();
        for (int thread = 0; thread < 4; thread++) {
            work.add(() -> {
                for (int i = 0; i < 20; i++) {
                    recorded.add(record(participations.get(ThreadLocalRandom.current().nextInt(6)), randomOutcome()));
                }
                return null;
            });
        }
        work.add(() -> {
            for (int i = 0; i < 2; i++) {
                StringBuilder csv = new StringBuilder("company_brn,kind,buyer_name,buyer_country,amount,currency,occurred_on,status,note\n");
                for (int row = 0; row < 40; row++) {
                    Map<String, Object> o = randomOutcome();
                    @SuppressWarnings("unchecked")
                    Map<String, String> value = (Map<String, String>) o.get("value");
                    csv.append(brns.get(row % 6)).append(',').append(o.get("kind")).append(",Importer ").append(row).append(',')
                            .append(o.get("buyerCountry")).append(',').append(value.get("amount")).append(',')
                            .append(value.get("currency")).append(',').append(o.get("occurredOn")).append(',')
                            .append(o.get("status")).append(",\n");
                }
                given().auth().oauth2(Tokens.officer()).contentType("text/csv").body(csv.toString())
                        .post("/api/v1/programmes/" + programme + "/outcomes/import").then().statusCode(200);
            }
            return null;
        });
        work.add(() -> {
            for (int i = 0; i < 30; i++) {
                List<String> ids = new ArrayList<>(recorded);
                String id = ids.get(ThreadLocalRandom.current().nextInt(ids.size()));
                String kind = as(Tokens.officer()).get("/api/v1/outcomes/" + id).then().statusCode(200).extract().path("kind");
                String[] statuses = kind.equals("CONTRACT") ? CONTRACT : CONSULTATION;
                Map<String, Object> change = new HashMap<>();
                change.put("status", statuses[ThreadLocalRandom.current().nextInt(3)]);
                if (i % 3 == 0) {
                    change.put("value", Map.of("amount", amount("USD"), "currency", "USD"));
                }
                as(Tokens.officer()).body(change).patch("/api/v1/outcomes/" + id).then().statusCode(200);
                // A signed contract verified (409 for anything else): it moves among the effectiveness totals' keys.
                as(Tokens.officer()).body(Map.of("status", "VERIFIED", "evidenceKind", "EXPORT_DECLARATION", "evidenceReference",
                        "ED-" + UUID.randomUUID())).post("/api/v1/outcomes/" + id + "/verification").then()
                        .statusCode(anyOf(is(200), is(409)));
            }
            return null;
        });
        work.add(() -> {
            for (int i = 0; i < 12; i++) {
                String sector = "Totals " + run + " " + (char) ('A' + i % 3);
                as(Tokens.officer()).body(Map.of("sector", sector)).patch("/api/v1/companies/" + companies.get(i % 6)).then()
                        .statusCode(200);
            }
            return null;
        });
        Future<?> compacting = Executors.newSingleThreadExecutor().submit(() -> {
            while (writing.get()) {
                compaction.compact();
            }
            return null;
        });
        try {
            for (Future<Void> done : pool.invokeAll(work, 5, TimeUnit.MINUTES)) {
                done.get();
            }
        } finally {
            writing.set(false);
            pool.shutdown();
        }
        compacting.get(1, TimeUnit.MINUTES);

        Map<String, Object> sinceMay = new HashMap<>(Map.of("from", LocalDate.parse("2019-05-03")));
        for (GroupBy groupBy : List.of(GroupBy.sector, GroupBy.buyerCountry, GroupBy.month)) {
            assertSameFigures(groupBy, "true", Map.of(), null);
            assertSameFigures(groupBy, "true", Map.of(), LocalDate.parse("2019-05-10"));
            assertSameFigures(groupBy, "o.occurred_on >= :from and o.kind = 'CONTRACT'", sinceMay, null);
        }
        for (EffectivenessQuery.GroupBy groupBy : List.of(EffectivenessQuery.GroupBy.programme, EffectivenessQuery.GroupBy.fair,
                EffectivenessQuery.GroupBy.series, EffectivenessQuery.GroupBy.sector)) {
            assertSameEffectiveness(groupBy, null, null, null);
            assertSameEffectiveness(groupBy, LocalDate.parse("2019-05-04"), LocalDate.parse("2019-05-04"), null);
            assertSameEffectiveness(groupBy, null, null, LocalDate.parse("2019-05-10"));
        }
        // Pending deltas and compacted totals answer the same, through the API too.
        String before = as(Tokens.finance()).get("/api/v1/reports/outcomes?groupBy=sector").then().statusCode(200).extract().asString();
        compaction.compact();
        String after = as(Tokens.finance()).get("/api/v1/reports/outcomes?groupBy=sector").then().statusCode(200).extract().asString();
        assertThat(withoutDataTime(after)).isEqualTo(withoutDataTime(before));
        assertSameFigures(GroupBy.sector, "true", Map.of(), null);
        assertSameEffectiveness(EffectivenessQuery.GroupBy.sector, null, null, null);
    }

    @Test
    void aCompanyThatChangesSectorTakesItsOutcomesWithIt() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        rate("USD", "2019-06-01", "1400");
        Map<String, Object> company = aCompany();
        company.put("sector", "Moving " + run + " from");
        String id = as(Tokens.officer()).body(company).post("/api/v1/companies").then().statusCode(201).extract().path("id");
        String participation = aSelectedParticipation(aProgramme().create(), id);
        record(participation, anOutcome("CONTRACT", "1000.00", "USD", "2019-06-01", "SIGNED"));
        compaction.compact();

        as(Tokens.officer()).body(Map.of("sector", "Moving " + run + " to")).patch("/api/v1/companies/" + id).then().statusCode(200);

        List<String> sectors = as(Tokens.finance()).get("/api/v1/reports/outcomes?groupBy=sector").then().statusCode(200)
                .extract().jsonPath().getList("rows.key");
        assertThat(sectors).contains("Moving " + run + " to").doesNotContain("Moving " + run + " from");
        assertThat(as(Tokens.finance()).get("/api/v1/reports/outcomes?groupBy=sector").then().extract().jsonPath()
                .getString("rows.find { it.key == 'Moving " + run + " to' }.contracts.value.KRW.amount")).isEqualTo("1400000");
        assertSameFigures(GroupBy.sector, "true", Map.of(), null);
        assertSameEffectiveness(EffectivenessQuery.GroupBy.sector, null, null, null);
    }

    /** The effectiveness report from the maintained totals (V15) equals the one computed from every outcome. */
    private void assertSameEffectiveness(EffectivenessQuery.GroupBy groupBy, LocalDate from, LocalDate to, LocalDate rateDate) {
        EffectivenessQuery.Figures fromTotals = database.read(session -> effectiveness.run(session, groupBy, from, to, rateDate, true))
                .value();
        EffectivenessQuery.Figures direct = database.read(session -> effectiveness.run(session, groupBy, from, to, rateDate, false))
                .value();
        assertThat(fromTotals.rows()).as("rows by %s", groupBy).containsExactlyInAnyOrderElementsOf(direct.rows());
        assertThat(fromTotals.totals()).isEqualTo(direct.totals());
        assertThat(fromTotals.ratesUsed()).containsExactlyInAnyOrderElementsOf(direct.ratesUsed());
        assertThat(fromTotals.unconverted()).containsExactlyInAnyOrderElementsOf(direct.unconverted());
        assertThat(fromTotals.rows()).as("the run's programme is in the report").isNotEmpty();
    }

    private void assertSameFigures(GroupBy groupBy, String where, Map<String, Object> params, LocalDate rateDate) {
        assertThat(ReportService.outcomesScope(groupBy, null, where, params).totals()).isTrue();
        Figures fromTotals = database.read(session -> figures.run(session,
                ReportService.outcomesScope(groupBy, null, where, params), rateDate)).value();
        Figures direct = database.read(session -> figures.run(session,
                Scope.outcomes("from outcomes o " + groupBy.joins, where, params, groupBy.key, groupBy.label), rateDate)).value();
        assertThat(sorted(fromTotals.groups())).isEqualTo(sorted(direct.groups()));
        assertThat(fromTotals.ratesUsed()).containsExactlyInAnyOrderElementsOf(direct.ratesUsed());
        assertThat(fromTotals.unconverted()).containsExactlyInAnyOrderElementsOf(direct.unconverted());
    }

    private static String withoutDataTime(String report) {
        return report.replaceAll("\"dataAsOf\":\"[^\"]*\"", "");
    }

    private static List<GroupFigures> sorted(List<GroupFigures> groups) {
        List<GroupFigures> copy = new ArrayList<>(groups);
        copy.sort(Comparator.comparing(GroupFigures::key).thenComparing(GroupFigures::kind).thenComparing(GroupFigures::status));
        return Collections.unmodifiableList(copy);
    }

    private static Map<String, Object> randomOutcome() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        boolean contract = random.nextBoolean();
        String currency = CURRENCIES[random.nextInt(CURRENCIES.length)];
        Map<String, Object> outcome = anOutcome(contract ? "CONTRACT" : "CONSULTATION", amount(currency), currency,
                "2019-05-%02d".formatted(1 + random.nextInt(10)), (contract ? CONTRACT : CONSULTATION)[random.nextInt(3)]);
        outcome.put("buyerCountry", COUNTRIES[random.nextInt(COUNTRIES.length)]);
        return outcome;
    }

    private static String amount(String currency) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String units = Integer.toString(random.nextInt(1, 5_000_000));
        return currency.equals("KRW") || currency.equals("JPY") ? units : units + "." + "%02d".formatted(random.nextInt(100));
    }
}
