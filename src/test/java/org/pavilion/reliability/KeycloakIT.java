package org.pavilion.reliability;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.pavilion.support.EmbeddedPostgresResource;
import org.pavilion.support.Fixtures;
import org.pavilion.support.PackagedInstance;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * The packaged service against a real Keycloak (the distribution from Maven Central, unpacked by the
 * build into target/keycloak) with the project's realm: tokens for the demo users by the password grant,
 * each role, SME isolation, ID tokens refused, and a signing-key rotation picked up without a restart
 * while tokens of the removed key are refused. Keycloak needs Java 21 or newer: the test looks for one in
 * {@code PAVILION_KEYCLOAK_JAVA_HOME}, {@code JAVA_HOME} and /usr/lib/jvm, and is skipped, saying so, without it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KeycloakIT {

    static Process keycloak;
    static PackagedInstance app;
    static String keycloakUrl;

    @BeforeAll
    static void startKeycloakAndTheService() throws Exception {
        Optional<Path> java = javaForKeycloak();
        Optional<Path> home = keycloakHome();
        Assumptions.assumeTrue(java.isPresent(), "SKIPPED Keycloak test: no JDK 21+ found (set PAVILION_KEYCLOAK_JAVA_HOME)");
        Assumptions.assumeTrue(home.isPresent(), "SKIPPED Keycloak test: target/keycloak is missing (the build unpacks it)");
        // A fresh Keycloak database each run: --import-realm skips a realm that exists, so a database left by an
        // earlier run would keep that run's realm (and its rotated keys) instead of the project's realm file.
        Path h2 = home.get().resolve("data").resolve("h2");
        if (Files.exists(h2)) {
            try (var files = Files.walk(h2)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
        Path import_ = home.get().resolve("data").resolve("import");
        Files.createDirectories(import_);
        Files.copy(Path.of("docker", "keycloak", "pavilion-realm.json"), import_.resolve("pavilion-realm.json"),
                StandardCopyOption.REPLACE_EXISTING);
        int port = PackagedInstance.freePort();
        ProcessBuilder builder = new ProcessBuilder("bash", home.get().resolve("bin").resolve("kc.sh").toString(), "start-dev",
                "--http-port=" + port, "--http-management-port=" + PackagedInstance.freePort(), "--import-realm");
        builder.environment().put("JAVA_HOME", java.get().toString());
        builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
        builder.redirectErrorStream(true).redirectOutput(new File("target/keycloak.log"));
        keycloak = builder.start();
        keycloakUrl = "http://localhost:" + port;
        long deadline = System.currentTimeMillis() + 300_000;
        while (true) {
            try {
                if (given().get(keycloakUrl + "/realms/pavilion/.well-known/openid-configuration").statusCode() == 200) {
                    break;
                }
            } catch (Exception notYet) {
                // still starting
            }
            if (!keycloak.isAlive() || System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("Keycloak did not start: see target/keycloak.log");
            }
            Thread.sleep(500);
        }
        var server = EmbeddedPostgresResource.ensureStarted();
        Map<String, String> env = PackagedInstance.environment(server.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
        // Production wiring: Keycloak's JWKS and issuer instead of a local key.
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", keycloakUrl + "/realms/pavilion/protocol/openid-connect/certs");
        env.put("MP_JWT_VERIFY_ISSUER", keycloakUrl + "/realms/pavilion");
        env.put("SMALLRYE_JWT_JWKS_REFRESH_INTERVAL", "1");
        env.put("SMALLRYE_JWT_JWKS_FORCED_REFRESH_INTERVAL", "1");
        env.put("PAVILION_SECURITY_VERIFIED_TOKEN_TTL", "5S");
        app = PackagedInstance.start("keycloak-app", env);
        System.out.println("Keycloak test: Keycloak " + home.get().getFileName() + " on " + java.get());
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            app.close();
        }
        if (keycloak != null) {
            keycloak.destroy();
            keycloak.waitFor();
        }
    }

    static Optional<Path> javaForKeycloak() {
        for (String variable : new String[] { "PAVILION_KEYCLOAK_JAVA_HOME", "JAVA_HOME" }) {
            String value = System.getenv(variable);
            if (value != null && majorVersion(Path.of(value)) >= 21) {
                return Optional.of(Path.of(value));
            }
        }
        File[] jvms = new File("/usr/lib/jvm").listFiles();
        if (jvms == null) {
            return Optional.empty();
        }
        return Arrays.stream(jvms).map(File::toPath).filter(p -> majorVersion(p) >= 21)
                .max(Comparator.comparingInt(KeycloakIT::majorVersion));
    }

    static int majorVersion(Path javaHome) {
        try {
            for (String line : Files.readAllLines(javaHome.resolve("release"))) {
                if (line.startsWith("JAVA_VERSION=")) {
                    String version = line.substring("JAVA_VERSION=".length()).replace("\"", "");
                    return Integer.parseInt(version.split("[.+-]")[0]);
                }
            }
        } catch (Exception unreadable) {
            // not a JDK
        }
        return 0;
    }

    static Optional<Path> keycloakHome() {
        File[] dirs = new File("target/keycloak").listFiles(f -> f.getName().startsWith("keycloak-"));
        return dirs == null || dirs.length == 0 ? Optional.empty() : Optional.of(dirs[0].toPath());
    }

    static Map<String, Object> tokens(String user, String password) {
        return given().formParam("grant_type", "password").formParam("client_id", "pavilion-app").formParam("username", user)
                .formParam("password", password).formParam("scope", "openid")
                .post(keycloakUrl + "/realms/pavilion/protocol/openid-connect/token").then().statusCode(200).extract().jsonPath().getMap("");
    }

    static String access(String user, String password) {
        return (String) tokens(user, password).get("access_token");
    }

    static Response call(String token, String method, String path, Object body) {
        var spec = given().port(app.port()).auth().oauth2(token).contentType("application/json");
        if (body != null) {
            spec = spec.body(body);
        }
        return spec.request(method, path);
    }

    @Test
    @Order(1)
    void eachRoleFromKeycloakWorksAsItsRole() {
        String officer = access("officer.kim", "demo-officer");
        String finance = access("finance.lee", "demo-finance");
        String admin = access("admin.park", "demo-admin");
        String sme = access("sme.choi", "demo-sme");
        call(officer, "POST", "/api/v1/companies", Fixtures.aCompany()).then().statusCode(201);
        call(officer, "GET", "/api/v1/me", null).then().statusCode(200);
        call(finance, "GET", "/api/v1/reports/outcomes?groupBy=programme", null).then().statusCode(200);
        call(finance, "POST", "/api/v1/companies", Fixtures.aCompany()).then().statusCode(403);
        call(admin, "GET", "/api/v1/audit-events", null).then().statusCode(200);
        call(sme, "GET", "/api/v1/reports/outcomes?groupBy=programme", null).then().statusCode(403);
        call(sme, "GET", "/api/v1/audit-events", null).then().statusCode(403);
        String reviewer = access("reviewer.han", "demo-reviewer");
        call(reviewer, "GET", "/api/v1/me", null).then().statusCode(200).body("roles", contains("reviewer"));
        call(reviewer, "GET", "/api/v1/companies", null).then().statusCode(403);
        call(reviewer, "GET", "/api/v1/programmes/" + UUID.randomUUID() + "/selection", null).then().statusCode(404);
    }

    @Test
    @Order(2)
    void anSmeSeesOnlyItsOwnCompany() {
        String choi = access("sme.choi", "demo-sme");
        String jung = access("sme.jung", "demo-sme");
        String choisCompany = call(choi, "POST", "/api/v1/companies", Fixtures.aCompany()).then().statusCode(201).extract().path("id");
        String jungsCompany = call(jung, "POST", "/api/v1/companies", Fixtures.aCompany()).then().statusCode(201).extract().path("id");
        call(jung, "GET", "/api/v1/companies/" + choisCompany, null).then().statusCode(404);
        call(choi, "GET", "/api/v1/companies/" + choisCompany, null).then().statusCode(200);
        List<String> seen = call(jung, "GET", "/api/v1/companies?size=200", null).then().statusCode(200).extract().path("items.id");
        assertThat(seen).contains(jungsCompany).doesNotContain(choisCompany);
    }

    @Test
    @Order(3)
    void keycloaksIdTokenIsRefusedAndItsAccessTokenAccepted() {
        Map<String, Object> issued = tokens("officer.kim", "demo-officer");
        assertThat(issued.get("id_token")).isNotNull();
        call((String) issued.get("id_token"), "GET", "/api/v1/companies", null).then().statusCode(401)
                .contentType("application/problem+json");
        call((String) issued.get("access_token"), "GET", "/api/v1/companies", null).then().statusCode(200);
    }

    @Test
    @Order(4)
    void aKeyRotationIsPickedUpWithoutARestartAndTheRemovedKeysTokensAreRefused() throws Exception {
        String before = access("officer.kim", "demo-officer");
        call(before, "GET", "/api/v1/companies", null).then().statusCode(200);

        String master = (String) given().formParam("grant_type", "password").formParam("client_id", "admin-cli")
                .formParam("username", "admin").formParam("password", "admin")
                .post(keycloakUrl + "/realms/master/protocol/openid-connect/token").then().statusCode(200).extract().path("access_token");
        String realmId = given().auth().oauth2(master).get(keycloakUrl + "/admin/realms/pavilion").then().statusCode(200)
                .extract().path("id");
        List<Map<String, Object>> providers = given().auth().oauth2(master)
                .get(keycloakUrl + "/admin/realms/pavilion/components?type=org.keycloak.keys.KeyProvider").then().statusCode(200)
                .extract().jsonPath().getList("");
        List<String> oldSigningKeys = providers.stream().filter(p -> "rsa-generated".equals(p.get("providerId")))
                .map(p -> (String) p.get("id")).toList();
        assertThat(oldSigningKeys).isNotEmpty();
        given().auth().oauth2(master).contentType("application/json").body(Map.of("name", "rotated-rsa", "providerId", "rsa-generated",
                "providerType", "org.keycloak.keys.KeyProvider", "parentId", realmId,
                "config", Map.of("priority", List.of("500"), "keySize", List.of("2048"), "algorithm", List.of("RS256"),
                        "active", List.of("true"), "enabled", List.of("true"))))
                .post(keycloakUrl + "/admin/realms/pavilion/components").then().statusCode(201);
        for (String id : oldSigningKeys) {
            given().auth().oauth2(master).delete(keycloakUrl + "/admin/realms/pavilion/components/" + id).then().statusCode(204);
        }

        String after = access("officer.kim", "demo-officer");
        assertThat(kid(after)).isNotEqualTo(kid(before));
        call(after, "GET", "/api/v1/companies", null).then().statusCode(200);

        long deadline = System.currentTimeMillis() + 180_000;
        int status;
        do {
            Thread.sleep(2_000);
            status = call(before, "GET", "/api/v1/companies", null).statusCode();
        } while (status == 200 && System.currentTimeMillis() < deadline);
        assertThat(status).as("a token signed by the removed key").isEqualTo(401);
        call(after, "GET", "/api/v1/companies", null).then().statusCode(200);
    }

    private static String kid(String token) {
        String header = new String(Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))));
        return JsonPath.from(header).getString("kid");
    }
}
