package org.pavilion.shared;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.pavilion.support.Fixtures.aCompany;
import static org.pavilion.support.Fixtures.as;
import static org.pavilion.support.Fixtures.uniqueSubject;
import static org.pavilion.support.ProgrammeFixtures.aProgramme;
import static org.pavilion.support.ProgrammeFixtures.aSelectedParticipation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.pavilion.support.Tokens;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class IdempotencyTest {

    @Inject
    DataSource dataSource;

    @Test
    void aReplayWithTheSameKeyAndBodyReturnsTheFirstResponseAndChangesNothing() throws Exception {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = aCompany();
        Response first = as(Tokens.officer()).header("Idempotency-Key", key).body(body).post("/api/v1/companies");
        first.then().statusCode(201).header("Idempotent-Replayed", nullValue());

        Response replay = as(Tokens.officer()).header("Idempotency-Key", key).body(body).post("/api/v1/companies");
        replay.then().statusCode(201)
                .header("Idempotent-Replayed", equalTo("true"))
                .header("Location", equalTo(first.header("Location")))
                .header("ETag", equalTo(first.header("ETag")))
                .body("id", equalTo(first.path("id")));
        assertThat(companiesWithBrn((String) body.get("brn"))).isEqualTo(1);
    }

    @Test
    void aLargeKeyedImportIsReplayedWithoutRunningTwice() throws Exception {
        String programme = aProgramme().create();
        Map<String, Object> company = aCompany();
        String companyId = as(Tokens.officer()).body(company).post("/api/v1/companies").then().statusCode(201).extract().path("id");
        aSelectedParticipation(programme, companyId);
        StringBuilder csv = new StringBuilder("company_brn,kind,buyer_name,buyer_country,amount,currency,occurred_on,status,note\n");
        for (int row = 0; csv.length() < 100_000; row++) {
            csv.append(company.get("brn")).append(",CONSULTATION,Keyed importer ").append(row).append(",FR,1000.00,EUR,2025-03-04,OPEN,\n");
        }
        String key = UUID.randomUUID().toString();
        Response first = given().auth().oauth2(Tokens.officer()).header("Idempotency-Key", key).contentType("text/csv")
                .body(csv.toString()).post("/api/v1/programmes/" + programme + "/outcomes/import");
        first.then().statusCode(200).header("Idempotent-Replayed", nullValue());
        long imported = outcomesOf(programme);
        assertThat(imported).isGreaterThan(1_000);

        given().auth().oauth2(Tokens.officer()).header("Idempotency-Key", key).contentType("text/csv").body(csv.toString())
                .post("/api/v1/programmes/" + programme + "/outcomes/import").then().statusCode(200)
                .header("Idempotent-Replayed", equalTo("true")).body(equalTo(first.asString()));
        given().auth().oauth2(Tokens.officer()).header("Idempotency-Key", key).contentType("text/csv")
                .body(csv.toString().replace("Keyed importer 7,", "Keyed importer seven,"))
                .post("/api/v1/programmes/" + programme + "/outcomes/import").then().statusCode(422);
        assertThat(outcomesOf(programme)).isEqualTo(imported);
    }

    @Test
    void aReplayOfAFailedRequestReturnsTheSameProblem() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = aCompany();
        body.put("contactEmail", "not-an-email");
        as(Tokens.officer()).header("Idempotency-Key", key).body(body).post("/api/v1/companies").then().statusCode(400);
        as(Tokens.officer()).header("Idempotency-Key", key).body(body).post("/api/v1/companies").then().statusCode(400)
                .header("Idempotent-Replayed", equalTo("true"))
                .contentType("application/problem+json");
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefused() {
        String key = UUID.randomUUID().toString();
        as(Tokens.officer()).header("Idempotency-Key", key).body(aCompany()).post("/api/v1/companies").then().statusCode(201);
        Map<String, Object> other = aCompany();
        as(Tokens.officer()).header("Idempotency-Key", key).body(other).post("/api/v1/companies").then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://pavilion.example/problems/idempotency-key-reused"));
        assertThat(companiesWithBrn((String) other.get("brn"))).isZero();
    }

    @Test
    void aReplayWhileTheFirstIsStillRunningIsAConflict() throws Exception {
        String key = UUID.randomUUID().toString();
        String json = new ObjectMapper().writeValueAsString(aCompany());
        String caller = "officer-kim";
        holdKey(caller, key, json, "0 seconds");
        as(Tokens.officer()).header("Idempotency-Key", key).body(json).post("/api/v1/companies").then().statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void theKeyIsMarkedAppliedExactlyWhenTheChangeCommits() {
        Map<String, Object> company = aCompany();
        String committed = UUID.randomUUID().toString();
        as(Tokens.officer()).header("Idempotency-Key", committed).body(company).post("/api/v1/companies").then().statusCode(201);
        assertThat(applied(committed)).isTrue();

        String rolledBack = UUID.randomUUID().toString();
        Map<String, Object> sameBrn = aCompany();
        sameBrn.put("brn", company.get("brn"));
        as(Tokens.officer()).header("Idempotency-Key", rolledBack).body(sameBrn).post("/api/v1/companies").then().statusCode(409);
        assertThat(applied(rolledBack)).as("the duplicate's transaction rolled back, and its mark with it").isFalse();
    }

    @Test
    void aRequestThatDiedAfterItsChangeCommittedIsNeverRunAgain() throws Exception {
        String key = UUID.randomUUID().toString();
        Map<String, Object> company = aCompany();
        as(Tokens.officer()).header("Idempotency-Key", key).body(company).post("/api/v1/companies").then().statusCode(201);
        // As if the instance died between the commit and storing the response, long ago.
        execute("update idempotency_keys set completed = false, status = null, body = null, "
                + "created_at = now() - interval '1 hour' where idem_key = ?", key);

        as(Tokens.officer()).header("Idempotency-Key", key).body(company).post("/api/v1/companies").then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://pavilion.example/problems/idempotency-key-applied"));
        assertThat(companiesWithBrn((String) company.get("brn"))).isEqualTo(1);
    }

    @Test
    void aRequestThatDiedBeforeItsChangeCommittedRunsAgainAfterTheTimeout() throws Exception {
        String key = UUID.randomUUID().toString();
        String json = new ObjectMapper().writeValueAsString(aCompany());
        holdKey("officer-kim", key, json, "1 hour");
        as(Tokens.officer()).header("Idempotency-Key", key).body(json).post("/api/v1/companies").then().statusCode(201)
                .header("Idempotent-Replayed", nullValue());
    }

    @Test
    void keysAreScopedToTheCaller() {
        String key = UUID.randomUUID().toString();
        as(Tokens.sme(uniqueSubject("sme"))).header("Idempotency-Key", key).body(aCompany()).post("/api/v1/companies")
                .then().statusCode(201);
        as(Tokens.sme(uniqueSubject("sme"))).header("Idempotency-Key", key).body(aCompany()).post("/api/v1/companies")
                .then().statusCode(201).header("Idempotent-Replayed", nullValue());
    }

    @Test
    void anOverlongKeyIsABadRequest() {
        as(Tokens.officer()).header("Idempotency-Key", "k".repeat(201)).body(aCompany()).post("/api/v1/companies").then()
                .statusCode(400);
    }

    /** A key claimed by a request to create this company {@code age} ago that never finished. */
    private void holdKey(String caller, String key, String json, String age) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement insert = c.prepareStatement("insert into idempotency_keys "
                        + "(caller, idem_key, request_hash, completed, created_at) values (?, ?, ?, false, now() - ?::interval)")) {
            insert.setString(1, caller);
            insert.setString(2, key);
            insert.setString(3, sha256("POST /api/v1/companies\n" + json));
            insert.setString(4, age);
            insert.executeUpdate();
        }
    }

    private boolean applied(String key) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement("select applied from idempotency_keys where idem_key = ?")) {
            q.setString(1, key);
            try (ResultSet rs = q.executeQuery()) {
                assertThat(rs.next()).as("key stored").isTrue();
                return rs.getBoolean(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void execute(String sql, String parameter) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement statement = c.prepareStatement(sql)) {
            statement.setString(1, parameter);
            statement.executeUpdate();
        }
    }

    private long companiesWithBrn(String brn) {
        return count("select count(*) from companies where brn = ?", brn);
    }

    private long outcomesOf(String programme) {
        return count("select count(*) from outcomes where programme_id = ?::uuid", programme);
    }

    private long count(String sql, String parameter) {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            q.setString(1, parameter);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
