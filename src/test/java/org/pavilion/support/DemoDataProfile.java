package org.pavilion.support;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
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
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
                if (!rs.next()) {
                    s.executeUpdate("create database " + DATABASE);
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("Cannot create the demo database", e);
        }
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
