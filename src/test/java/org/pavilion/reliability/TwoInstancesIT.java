package org.pavilion.reliability;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.pavilion.support.Fixtures.money;

import java.io.File;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pavilion.support.Concurrently;
import org.pavilion.support.EmbeddedPostgresResource;
import org.pavilion.support.Fixtures;
import org.pavilion.support.PackagedAppKeys;
import org.pavilion.support.Tokens;
import org.pavilion.support.WaitlistRace;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.specification.RequestSpecification;

/**
 * Two packaged instances on one database (the one Quarkus starts for this test, and a second one
 * started here): concurrent allocations, voucher approvals and claims split across both never
 * break a budget, a cap or a balance, and concurrent withdrawals never promote a waiting company twice nor pass the
 * seats, because PostgreSQL, not the JVM, holds the invariants and the locks.
 */
@QuarkusIntegrationTest
@QuarkusTestResource(value = PackagedAppKeys.class, restrictToAnnotatedClass = true)
class TwoInstancesIT {

    static Process second;
    static int secondPort;

    @BeforeAll
    static void startSecondInstance() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            secondPort = socket.getLocalPort();
        }
        var server = EmbeddedPostgresResource.ensureStarted();
        ProcessBuilder builder = new ProcessBuilder("java", "-jar", Path.of("target", "quarkus-app", "quarkus-run.jar").toString());
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(secondPort));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", server.getJdbcUrl("postgres", "postgres"));
        env.put("QUARKUS_DATASOURCE_USERNAME", "postgres");
        env.put("QUARKUS_DATASOURCE_PASSWORD", "postgres");
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION",
                Path.of("src", "test", "resources", "test-only-keys", "publicKey.pem").toAbsolutePath().toUri().toString());
        env.put("MP_JWT_VERIFY_ISSUER", Tokens.ISSUER);
        builder.redirectErrorStream(true).redirectOutput(new File("target/second-instance.log"));
        second = builder.start();
        for (int i = 0; i < 100; i++) {
            try {
                if (given().port(secondPort).get("/q/health/ready").statusCode() == 200) {
                    return;
                }
            } catch (Exception notYet) {
                // still starting
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("The second instance did not start: see target/second-instance.log");
    }

    @AfterAll
    static void stopSecondInstance() {
        if (second != null) {
            second.destroy();
        }
    }

    static RequestSpecification on(int instance, String token) {
        RequestSpecification spec = given().auth().oauth2(token).contentType("application/json");
        return instance == 1 ? spec.port(secondPort) : spec;
    }

    @Test
    void withdrawalsSplitAcrossInstancesPromoteOneWaitingCompanyPerFreedSeat() throws Exception {
        new WaitlistRace(TwoInstancesIT::on, 2).run(6);
    }

    @Test
    void allocationsSplitAcrossInstancesNeverPassTheBudgetOrCap() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Seoul"));
        Map<String, Object> programme = new HashMap<>();
        programme.put("name", "Two instances " + System.nanoTime());
        programme.put("kind", "TRADE_MISSION");
        programme.put("agency", "Gyeonggi Province");
        programme.put("budget", money("100000000", "KRW"));
        programme.put("perCompanyCap", money("12000000", "KRW"));
        programme.put("applicationOpensOn", today.toString());
        programme.put("applicationClosesOn", today.toString());
        programme.put("supportCategories", List.of("EXHIBITION_FEE"));
        String programmeId = on(0, Tokens.officer()).body(programme).post("/api/v1/programmes").then().statusCode(201)
                .extract().path("id");
        List<String> participations = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String company = on(i % 2, Tokens.officer()).body(Fixtures.aCompany()).post("/api/v1/companies").then()
                    .statusCode(201).extract().path("id");
            participations.add(on(i % 2, Tokens.officer()).body(Map.of("companyId", company))
                    .post("/api/v1/programmes/" + programmeId + "/participations").then().statusCode(201).extract().path("id"));
        }
        List<Callable<Integer>> requests = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int instance = i % 2;
            String participation = participations.get(i % 20);
            requests.add(() -> on(instance, Tokens.officer())
                    .body(Map.of("category", "EXHIBITION_FEE", "amount", money("12000000", "KRW")))
                    .post("/api/v1/participations/" + participation + "/allocations").statusCode());
        }
        List<Integer> codes = Concurrently.fireAtOnce(requests);
        assertThat(codes.stream().filter(c -> c == 201).count()).isEqualTo(8);
        assertThat(codes.stream().filter(c -> c == 422).count()).isEqualTo(32);
        String allocated = on(1, Tokens.finance()).get("/api/v1/programmes/" + programmeId).then().extract()
                .path("budgetSummary.allocated.amount");
        assertThat(allocated).isEqualTo("96000000");
    }

    @Test
    void voucherApprovalsAndClaimsSplitAcrossInstancesNeverPassTheBudgetOrBalance() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Seoul"));
        Map<String, Object> programme = new HashMap<>();
        programme.put("name", "Two instances voucher " + System.nanoTime());
        programme.put("agency", "KOCEF");
        programme.put("year", today.getYear());
        programme.put("budget", money("25000000", "KRW"));
        programme.put("maxPerCompany", money("10000000", "KRW"));
        programme.put("governmentShare", "0.70");
        programme.put("eligibleCategories", List.of("SHIPPING"));
        programme.put("applicationOpensOn", today.toString());
        programme.put("applicationClosesOn", today.toString());
        programme.put("validUntil", today.plusDays(30).toString());
        String programmeId = on(0, Tokens.officer()).body(programme).post("/api/v1/voucher-programmes").then().statusCode(201)
                .extract().path("id");
        List<String> applications = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String company = on(i % 2, Tokens.officer()).body(Fixtures.aCompany()).post("/api/v1/companies").then()
                    .statusCode(201).extract().path("id");
            applications.add(on(i % 2, Tokens.officer())
                    .body(Map.of("companyId", company, "requested", money("10000000", "KRW")))
                    .post("/api/v1/voucher-programmes/" + programmeId + "/applications").then().statusCode(201).extract().path("id"));
        }
        List<Callable<Integer>> approvals = new ArrayList<>();
        for (int i = 0; i < applications.size(); i++) {
            int instance = i % 2;
            String application = applications.get(i);
            approvals.add(() -> on(instance, Tokens.officer()).body(Map.of("approve", true, "granted", money("10000000", "KRW")))
                    .post("/api/v1/voucher-applications/" + application + "/decision").statusCode());
        }
        List<Integer> decided = Concurrently.fireAtOnce(approvals);
        assertThat(decided.stream().filter(c -> c == 200).count()).isEqualTo(2);

        String voucher = null;
        for (String application : applications) {
            String id = on(0, Tokens.officer()).get("/api/v1/voucher-applications/" + application).then().extract().path("voucherId");
            if (id != null) {
                voucher = id;
                break;
            }
        }
        String voucherId = voucher;
        List<Callable<Integer>> claims = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            int instance = i % 2;
            claims.add(() -> on(instance, Tokens.officer()).body(Map.of("category", "SHIPPING", "provider", "Carrier " + UUID.randomUUID(),
                    "invoiceNumber", "INV-1", "invoiceDate", today.toString(), "invoiceAmount", money("1000000", "KRW")))
                    .post("/api/v1/vouchers/" + voucherId + "/claims").statusCode());
        }
        List<Integer> claimed = Concurrently.fireAtOnce(claims);
        // Each claim reserves KRW 700,000: 14 fit in KRW 10,000,000.
        assertThat(claimed.stream().filter(c -> c == 201).count()).isEqualTo(14);
        String balance = on(1, Tokens.officer()).get("/api/v1/vouchers/" + voucherId).then().extract().path("balance.amount");
        assertThat(balance).isEqualTo("200000");
    }
}
