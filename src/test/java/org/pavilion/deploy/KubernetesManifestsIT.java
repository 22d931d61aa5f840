package org.pavilion.deploy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pavilion.support.EmbeddedPostgresResource;
import org.pavilion.support.PackagedInstance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The Kubernetes manifests {@code ./mvnw package} writes (quarkus-kubernetes), read as a cluster would read them, and
 * their two ways of running the image tried on the packaged jar: the migration job migrates an empty database and
 * exits; a replica never migrates and serves its probes.
 */
class KubernetesManifestsIT {

    /** Names of configuration that must never appear with a literal value in a manifest. */
    private static final Pattern SECRET_NAME = Pattern.compile(".*(PASSWORD|SECRET|TOKEN|PRIVATE|ACCESS_KEY|CREDENTIAL).*");

    static List<JsonNode> resources;

    @BeforeAll
    static void readManifests() throws Exception {
        JsonNode list = new ObjectMapper().readTree(Path.of("target", "kubernetes", "kubernetes.json").toFile());
        resources = new ArrayList<>();
        (list.has("items") ? list.get("items") : list).forEach(resources::add);
    }

    @Test
    void theDeploymentProbesStartupLivenessAndReadinessOnQuarkusHealthAndSetsResources() {
        JsonNode container = deployment().at("/spec/template/spec/containers/0");
        assertThat(container.at("/startupProbe/httpGet/path").asText()).isEqualTo("/q/health/started");
        assertThat(container.at("/livenessProbe/httpGet/path").asText()).isEqualTo("/q/health/live");
        assertThat(container.at("/readinessProbe/httpGet/path").asText()).isEqualTo("/q/health/ready");
        for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
            assertThat(container.at("/" + probe + "/httpGet/port").asInt()).isEqualTo(8080);
        }
        assertThat(container.at("/resources/requests/cpu").asText()).isNotEmpty();
        assertThat(container.at("/resources/requests/memory").asText()).isNotEmpty();
        assertThat(container.at("/resources/limits/memory").asText()).isNotEmpty();
        assertThat(deployment().at("/spec/replicas").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(byKind("Service")).hasSize(1);
        assertThat(byKind("Service").get(0).at("/spec/ports/0/targetPort").asInt()).isEqualTo(8080);
    }

    @Test
    void configurationComesFromAConfigMapAndASecretAndNoManifestHoldsASecretValue() throws Exception {
        for (JsonNode container : containers()) {
            List<String> sources = new ArrayList<>();
            container.path("envFrom").forEach(from -> sources.add(from.has("secretRef")
                    ? "secret:" + from.at("/secretRef/name").asText() : "configmap:" + from.at("/configMapRef/name").asText()));
            assertThat(sources).as(container.path("name").asText()).containsExactlyInAnyOrder("secret:pavilion-secrets",
                    "configmap:pavilion-config");
            for (JsonNode env : container.path("env")) {
                if (SECRET_NAME.matcher(env.path("name").asText()).matches()) {
                    assertThat(env.has("value")).as(env.path("name").asText() + " given in plain text").isFalse();
                }
            }
        }
        assertThat(byKind("Secret")).as("a Secret with values in the manifests").isEmpty();
        assertThat(byKind("ConfigMap")).as("configuration values in the manifests").isEmpty();
        String text = Files.readString(Path.of("target", "kubernetes", "kubernetes.yml"));
        assertThat(text).doesNotContainIgnoringCase("password:").doesNotContain("whsec_").doesNotContain("BEGIN PRIVATE KEY");
    }

    @Test
    void migrationsRunOnceAsAJobThatReplicasWaitForAndReplicasNeverMigrate() {
        JsonNode job = byKind("Job").stream().filter(j -> j.at("/metadata/name").asText().contains("flyway")).findFirst()
                .orElseThrow(() -> new AssertionError("no migration job"));
        JsonNode jobContainer = job.at("/spec/template/spec/containers/0");
        assertThat(env(jobContainer)).containsEntry("QUARKUS_INIT_AND_EXIT", "true").containsEntry("QUARKUS_FLYWAY_ACTIVE", "true");
        assertThat(jobContainer.path("image").asText()).isEqualTo(deployment().at("/spec/template/spec/containers/0/image").asText());
        assertThat(job.at("/spec/template/spec/restartPolicy").asText()).isEqualTo("OnFailure");

        JsonNode pod = deployment().at("/spec/template/spec");
        assertThat(env(pod.at("/containers/0"))).containsEntry("QUARKUS_FLYWAY_ACTIVE", "false");
        List<String> waitsFor = new ArrayList<>();
        pod.path("initContainers").forEach(init -> init.path("args").forEach(a -> waitsFor.add(a.asText())));
        assertThat(waitsFor).contains(job.at("/metadata/name").asText());
    }

    @Test
    void theJobsEnvironmentMigratesAnEmptyDatabaseAndExitsAndTheReplicasEnvironmentServesWithoutMigrating() throws Exception {
        EmbeddedPostgres server = EmbeddedPostgresResource.ensureStarted();
        String migrated = freshDatabase(server, "pavilion_k8s_job");
        String untouched = freshDatabase(server, "pavilion_k8s_replica_only");

        Map<String, String> jobEnv = cluster(server, migrated);
        jobEnv.putAll(env(byKind("Job").get(0).at("/spec/template/spec/containers/0")));
        Process process = run(jobEnv, "k8s-migration-job");
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the migration job exits; see target/k8s-migration-job.log").isTrue();
        assertThat(process.exitValue()).isZero();
        assertThat(appliedMigrations(server, migrated)).isEqualTo(migrationFiles());

        Map<String, String> replicaEnv = env(deployment().at("/spec/template/spec/containers/0"));
        replicaEnv.remove("KUBERNETES_NAMESPACE");
        Map<String, String> onMigrated = cluster(server, migrated);
        onMigrated.putAll(replicaEnv);
        try (PackagedInstance replica = PackagedInstance.start("k8s-replica", onMigrated)) {
            for (String probe : List.of("/q/health/started", "/q/health/live", "/q/health/ready")) {
                given().port(replica.port()).get(probe).then().statusCode(200);
            }
        }
        // Before the job has run, a replica neither migrates nor serves: it stops on the schema it does not find.
        Map<String, String> onEmpty = cluster(server, untouched);
        onEmpty.putAll(replicaEnv);
        Process early = run(onEmpty, "k8s-replica-before-job");
        assertThat(early.waitFor(120, TimeUnit.SECONDS)).as("see target/k8s-replica-before-job.log").isTrue();
        assertThat(early.exitValue()).isNotZero();
        assertThat(appliedMigrations(server, untouched)).as("a replica migrated").isZero();
    }

    private static Process run(Map<String, String> environment, String log) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("java", "-jar", Path.of("target", "quarkus-app", "quarkus-run.jar").toString());
        builder.environment().putAll(environment);
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(PackagedInstance.freePort()));
        builder.redirectErrorStream(true).redirectOutput(new File("target/" + log + ".log"));
        return builder.start();
    }

    private static JsonNode deployment() {
        List<JsonNode> deployments = byKind("Deployment");
        assertThat(deployments).hasSize(1);
        return deployments.get(0);
    }

    private static List<JsonNode> byKind(String kind) {
        return resources.stream().filter(r -> kind.equals(r.path("kind").asText())).toList();
    }

    private static List<JsonNode> containers() {
        List<JsonNode> containers = new ArrayList<>();
        for (JsonNode r : resources) {
            r.at("/spec/template/spec/containers").forEach(containers::add);
        }
        return containers;
    }

    private static Map<String, String> env(JsonNode container) {
        Map<String, String> env = new HashMap<>();
        container.path("env").forEach(e -> {
            if (e.has("value")) {
                env.put(e.path("name").asText(), e.path("value").asText());
            }
        });
        return env;
    }

    /** What the ConfigMap and Secret give every container here: the database and the token key. */
    private static Map<String, String> cluster(EmbeddedPostgres server, String database) {
        return PackagedInstance.environment(server.getJdbcUrl("postgres", database), "postgres", "postgres");
    }

    private static String freshDatabase(EmbeddedPostgres server, String name) throws Exception {
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("drop database if exists " + name + " with (force)");
            s.executeUpdate("create database " + name);
        }
        return name;
    }

    private static long appliedMigrations(EmbeddedPostgres server, String database) throws Exception {
        try (Connection c = server.getDatabase("postgres", database).getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from pg_tables where tablename = 'flyway_schema_history'")) {
            rs.next();
            if (rs.getLong(1) == 0) {
                return 0;
            }
        }
        try (Connection c = server.getDatabase("postgres", database).getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from flyway_schema_history where success and version is not null")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long migrationFiles() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("src", "main", "resources", "db", "migration"))) {
            return files.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql")).count();
        }
    }
}
