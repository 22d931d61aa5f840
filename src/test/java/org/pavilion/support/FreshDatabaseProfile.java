package org.pavilion.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;

/** The service on a database of its own, created empty for this profile and migrated at start. */
public class FreshDatabaseProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(FreshDatabase.class));
    }

    /** Creates the database in the embedded server and points the datasource at it. */
    public static class FreshDatabase implements QuarkusTestResourceLifecycleManager {

        @Override
        public Map<String, String> start() {
            var server = EmbeddedPostgresResource.ensureStarted();
            String database = "fresh_" + System.nanoTime();
            try (Connection admin = DriverManager.getConnection(server.getJdbcUrl("postgres", "postgres"))) {
                admin.createStatement().execute("CREATE DATABASE " + database);
            } catch (Exception e) {
                throw new IllegalStateException("Could not create " + database, e);
            }
            return Map.of("quarkus.datasource.jdbc.url", server.getJdbcUrl("postgres", database),
                    "quarkus.datasource.username", "postgres", "quarkus.datasource.password", "postgres");
        }

        @Override
        public void stop() {
            // the embedded server is stopped with the suite
        }
    }
}
