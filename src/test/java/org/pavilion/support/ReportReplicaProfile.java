package org.pavilion.support;

import java.util.Map;

import org.flywaydb.core.Flyway;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Reports pointed at a database of their own (standing in for a read replica: same schema, its own rows), while
 * everything else writes to the primary.
 */
public class ReportReplicaProfile implements QuarkusTestProfile {

    static final String DATABASE = "pavilion_reports_replica";

    @Override
    public Map<String, String> getConfigOverrides() {
        EmbeddedPostgres server = EmbeddedPostgresResource.ensureStarted();
        EmbeddedPostgresResource.database(server, DATABASE);
        String url = server.getJdbcUrl("postgres", DATABASE);
        Flyway.configure().dataSource(url, "postgres", "postgres").locations("classpath:db/migration").load().migrate();
        return Map.of("quarkus.datasource.reports.jdbc.url", url);
    }
}
