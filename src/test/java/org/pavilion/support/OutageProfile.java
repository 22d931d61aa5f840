package org.pavilion.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The application on a PostgreSQL server of its own, which a test may stop and start again on the
 * same data directory and port, as a real outage would.
 */
public class OutageProfile implements QuarkusTestProfile {

    private static Path dataDirectory;
    private static int port;
    private static EmbeddedPostgres server;

    static synchronized Map<String, String> database() {
        try {
            if (dataDirectory == null) {
                dataDirectory = Files.createTempDirectory("pavilion-outage-pg");
                try (ServerSocket socket = new ServerSocket(0)) {
                    port = socket.getLocalPort();
                }
                server = EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false)
                        .setPort(port).start();
            }
            return Map.of(
                    "quarkus.datasource.jdbc.url", server.getJdbcUrl("postgres", "postgres"),
                    "quarkus.datasource.username", "postgres",
                    "quarkus.datasource.password", "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A request that died mid-way gives up its Idempotency-Key after 2 s here (60 s in production). */
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("pavilion.idempotency.in-flight-timeout", "2S");
    }

    /** Stops the server, as an outage. */
    public static synchronized void stopDatabase() throws IOException {
        server.close();
    }

    /** Starts the server again on the same data and port. */
    public static synchronized void startDatabase() throws IOException {
        server = EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false).setPort(port).start();
    }
}
