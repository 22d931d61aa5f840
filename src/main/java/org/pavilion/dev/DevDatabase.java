package org.pavilion.dev;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The embedded PostgreSQL of dev mode. Dev mode loads classes in several class loaders and
 * restarts the application on every change, so the server's URL is kept in a system
 * property and the server is started once per JVM.
 */
final class DevDatabase {

    private static final String URL_PROPERTY = "pavilion.dev.embedded-postgres.url";

    private DevDatabase() {
    }

    static synchronized Map<String, String> start() {
        String url = System.getProperty(URL_PROPERTY);
        if (url == null) {
            try {
                EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
                url = postgres.getJdbcUrl("postgres", "postgres");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        postgres.close();
                    } catch (IOException ignored) {
                        // the JVM is going away
                    }
                }));
                System.setProperty(URL_PROPERTY, url);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL for dev mode", e);
            }
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", url,
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }
}
