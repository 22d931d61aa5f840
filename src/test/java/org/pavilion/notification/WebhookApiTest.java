package org.pavilion.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.pavilion.support.Fixtures.as;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.pavilion.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;

/** The contract's section "Webhooks and notifications": subscriptions, their rules and their protection. */
@QuarkusTest
class WebhookApiTest {

    /** A public address (TEST-NET-3): allowed without PAVILION_WEBHOOKS_ALLOW_PRIVATE_NETWORKS. */
    static final String PUBLIC_URL = "https://203.0.113.10/hooks/pavilion";

    static Map<String, Object> aSubscription(String url) {
        return Map.of("url", url, "events", List.of("claim.status-changed", "voucher-application.decided"), "description", "SME app");
    }

    @Test
    void anAdminSubscribesAndSeesTheSecretOnlyOnce() {
        Map<String, Object> created = as(Tokens.admin()).body(aSubscription(PUBLIC_URL)).post("/api/v1/webhooks").then()
                .statusCode(201).header("Location", containsString("/api/v1/webhooks/"))
                .body("url", equalTo(PUBLIC_URL)).body("active", equalTo(true))
                .body("events", equalTo(List.of("claim.status-changed", "voucher-application.decided")))
                .extract().as(Map.class);
        String secret = (String) created.get("secret");
        assertThat(secret).startsWith("whsec_");
        assertThat(Base64.getDecoder().decode(secret.substring("whsec_".length()))).hasSizeGreaterThanOrEqualTo(24);
        String id = (String) created.get("id");
        as(Tokens.admin()).get("/api/v1/webhooks/" + id).then().statusCode(200).body("secret", nullValue())
                .body("description", equalTo("SME app"));
        String listed = as(Tokens.admin()).queryParam("size", 200).get("/api/v1/webhooks").then().statusCode(200)
                .body("items.id", hasItem(id)).extract().asString();
        assertThat(listed).doesNotContain(secret);
        String audit = as(Tokens.admin()).queryParam("entityId", id).get("/api/v1/audit-events").then().statusCode(200)
                .body("items[0].entityType", equalTo("webhook")).extract().asString();
        assertThat(audit).doesNotContain(secret).doesNotContain(secret.substring(6));
    }

    @Test
    void aDeletedSubscriptionIsGoneAndItsDeletionAudited() {
        String id = as(Tokens.admin()).body(aSubscription(PUBLIC_URL)).post("/api/v1/webhooks").then().statusCode(201).extract().path("id");
        as(Tokens.admin()).delete("/api/v1/webhooks/" + id).then().statusCode(204);
        as(Tokens.admin()).get("/api/v1/webhooks/" + id).then().statusCode(404);
        as(Tokens.admin()).delete("/api/v1/webhooks/" + id).then().statusCode(404);
        as(Tokens.admin()).get("/api/v1/webhooks/" + id + "/deliveries").then().statusCode(404);
        as(Tokens.admin()).queryParam("size", 200).get("/api/v1/webhooks").then().body("items.id", not(hasItem(id)));
        as(Tokens.admin()).queryParam("entityId", id).get("/api/v1/audit-events").then().body("items.action", hasItem("deleted"));
    }

    @Test
    void everyWebhookEndpointIsForAdminsOnly() {
        String id = as(Tokens.admin()).body(aSubscription(PUBLIC_URL)).post("/api/v1/webhooks").then().statusCode(201).extract().path("id");
        for (String token : List.of(Tokens.officer(), Tokens.finance(), Tokens.sme("sme-w"), Tokens.forUser("rev", "reviewer"))) {
            as(token).body(aSubscription(PUBLIC_URL)).post("/api/v1/webhooks").then().statusCode(403);
            as(token).get("/api/v1/webhooks").then().statusCode(403);
            as(token).get("/api/v1/webhooks/" + id).then().statusCode(403);
            as(token).get("/api/v1/webhooks/" + id + "/deliveries").then().statusCode(403);
            as(token).post("/api/v1/webhooks/" + id + "/deliveries/" + UUID.randomUUID() + "/redeliver").then().statusCode(403);
            as(token).delete("/api/v1/webhooks/" + id).then().statusCode(403);
        }
        as(Tokens.admin()).post("/api/v1/webhooks/" + id + "/deliveries/" + UUID.randomUUID() + "/redeliver").then().statusCode(404);
    }

    @Test
    void onlyHttpUrlsAndKnownEventsAreAccepted() {
        for (String url : List.of("ftp://203.0.113.10/x", "file:///etc/passwd", "javascript:alert(1)", "/relative/hook",
                "https://user:pw@203.0.113.10/x", "https:///no-host", "not a url")) {
            as(Tokens.admin()).body(aSubscription(url)).post("/api/v1/webhooks").then().statusCode(400)
                    .body("errors[0].field", equalTo("url"));
        }
        as(Tokens.admin()).body(Map.of("url", PUBLIC_URL, "events", List.of("claim.paid"))).post("/api/v1/webhooks").then()
                .statusCode(400).body("errors[0].field", equalTo("events[0]"));
        as(Tokens.admin()).body(Map.of("url", PUBLIC_URL, "events", List.of())).post("/api/v1/webhooks").then().statusCode(400);
        as(Tokens.admin()).body(Map.of("url", PUBLIC_URL)).post("/api/v1/webhooks").then().statusCode(400);
        as(Tokens.admin()).body(Map.of("url", PUBLIC_URL, "events", List.of("*"))).post("/api/v1/webhooks").then().statusCode(201)
                .body("events", equalTo(List.of("*")));
    }

    @Test
    void targetsInsideTheNetworkAreRefusedAgainstServerSideRequestForgery() {
        for (String url : List.of("http://127.0.0.1:8080/hook", "http://localhost/hook", "http://10.1.2.3/hook",
                "http://172.16.0.9/hook", "http://192.168.1.1/hook", "http://169.254.169.254/latest/meta-data/",
                "http://[::1]/hook", "http://[fd00::1]/hook", "http://[::ffff:127.0.0.1]/hook", "http://0.0.0.0/hook",
                "http://100.64.0.1/hook", "http://2130706433/hook")) {
            as(Tokens.admin()).body(aSubscription(url)).post("/api/v1/webhooks").then().statusCode(422)
                    .body("type", equalTo("https://pavilion.example/problems/webhook-url-not-allowed"));
        }
        as(Tokens.admin()).header("Accept-Language", "ko-KR,ko;q=0.9,en;q=0.5").body(aSubscription("http://127.0.0.1/hook"))
                .post("/api/v1/webhooks").then().statusCode(422)
                .body("type", equalTo("https://pavilion.example/problems/webhook-url-not-allowed"))
                .body("title", equalTo("허용되지 않는 웹훅 URL"));
    }
}
