package org.pavilion.support;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The application as dev mode runs it, with the demo data, on a database of its own (so the
 * demo rows never mix with the other tests' data).
 */
public class DemoDataProfile implements QuarkusTestProfile {

    static final String DATABASE = "pavilion_demo";

    /** Creates the demo database if needed; the shared test resource gives this profile its URL. */
    static Map<String, String> database(EmbeddedPostgres server) {
        EmbeddedPostgresResource.database(server, DATABASE);
        return Map.of(
                "quarkus.datasource.jdbc.url", server.getJdbcUrl("postgres", DATABASE),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.flyway.locations", "db/migration,db/demo");
    }
}
