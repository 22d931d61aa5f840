package org.pavilion.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** A real PostgreSQL for the tests, started from Maven Central's binaries (no Docker). */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

    private static EmbeddedPostgres postgres;

    /** The shared server, started on first use; it stops with the JVM. */
    public static synchronized EmbeddedPostgres ensureStarted() {
        try {
            if (postgres == null) {
                postgres = EmbeddedPostgres.builder().start();
            }
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Creates the database on the shared server unless it exists; answers its name. */
    public static String database(EmbeddedPostgres server, String name) {
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select 1 from pg_database where datname = '" + name + "'")) {
                if (!rs.next()) {
                    s.executeUpdate("create database " + name);
                }
            }
            return name;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the database " + name, e);
        }
    }

    private String testProfile;

    @Override
    public void setContext(Context context) {
        testProfile = context.testProfile();
    }

    @Override
    public Map<String, String> start() {
        EmbeddedPostgres server = ensureStarted();
        if (DemoDataProfile.class.getName().equals(testProfile)) {
            return DemoDataProfile.database(server);
        }
        if (OutageProfile.class.getName().equals(testProfile)) {
            return OutageProfile.database();
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", server.getJdbcUrl("postgres", "postgres"),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }

    @Override
    public void stop() {
        // Kept for the whole JVM: every test class shares the server.
    }
}
