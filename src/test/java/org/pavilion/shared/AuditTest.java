package org.pavilion.shared;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.pavilion.support.Fixtures.aVerifiedCompany;
import static org.pavilion.support.Fixtures.as;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.pavilion.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class AuditTest {

    @Inject
    DataSource dataSource;

    @Test
    void aCreationIsAuditedWithTheActorAndNoBefore() {
        String id = aVerifiedCompany();
        as(Tokens.finance()).queryParam("entityType", "company").queryParam("entityId", id).get("/api/v1/audit-events")
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].action", equalTo("created"))
                .body("items[0].actor.subject", equalTo("officer-kim"))
                .body("items[0].actor.name", equalTo("officer-kim-name"))
                .body("items[0].before", nullValue())
                .body("items[0].after.status", equalTo("VERIFIED"))
                .body("items[0].after.annualRevenue.amount", equalTo("3200000000"));
    }

    @Test
    void aChangeRecordsOnlyTheChangedFieldsBeforeAndAfterNewestFirst() {
        String id = aVerifiedCompany();
        as(Tokens.officer()).body(Map.of("status", "SUSPENDED", "city", "Seongnam")).patch("/api/v1/companies/" + id)
                .then().statusCode(200);
        as(Tokens.officer()).queryParam("entityId", id).get("/api/v1/audit-events").then().statusCode(200)
                .body("total", equalTo(2))
                .body("items[0].action", equalTo("status-changed"))
                .body("items[0].before", equalTo(Map.of("status", "VERIFIED")))
                .body("items[0].after", equalTo(Map.of("status", "SUSPENDED")))
                .body("items[1].action", equalTo("created"));
    }

    @Test
    void aFailedChangeLeavesNoAuditEvent() {
        String id = aVerifiedCompany();
        as(Tokens.officer()).header("If-Match", "\"99\"").body(Map.of("status", "SUSPENDED")).patch("/api/v1/companies/" + id)
                .then().statusCode(412);
        as(Tokens.officer()).queryParam("entityId", id).get("/api/v1/audit-events").then().body("total", equalTo(1));
    }

    @Test
    void theTrailIsAppendOnlyInTheDatabase() {
        aVerifiedCompany();
        assertThatThrownBy(() -> {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.executeUpdate("update audit_events set actor_subject = 'someone-else'");
            }
        }).isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.executeUpdate("delete from audit_events");
            }
        }).isInstanceOf(SQLException.class).hasMessageContaining("append-only");
    }

    @Test
    void smesCannotReadTheAuditTrail() {
        as(Tokens.sme("sme-a")).get("/api/v1/audit-events").then().statusCode(403);
    }

    @Test
    void anUnknownEntityTypeIsABadRequest() {
        as(Tokens.officer()).queryParam("entityType", "spaceship").get("/api/v1/audit-events").then().statusCode(400);
    }
}
