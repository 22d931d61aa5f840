package org.pavilion.dev;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.spi.ConfigSource;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;

/**
 * Dev mode on a machine with only a JDK: when the {@code dev} profile is active and no
 * {@code quarkus.datasource.jdbc.url} is configured, starts an embedded PostgreSQL and
 * generates a throwaway JWT key pair for {@code /dev/token}. In any other profile, or with
 * a URL configured, it contributes nothing, so the real server and keys are used.
 */
public class EmbeddedPostgresConfigSourceFactory implements ConfigSourceFactory {

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (!context.getProfiles().contains("dev")) {
            return Collections.emptyList();
        }
        Map<String, String> values = new HashMap<>();
        ConfigValue url = context.getValue("quarkus.datasource.jdbc.url");
        if (url == null || url.getValue() == null || url.getValue().isBlank()) {
            values.putAll(DevDatabase.start());
        }
        ConfigValue key = context.getValue("mp.jwt.verify.publickey.location");
        if (key == null || key.getValue() == null) {
            values.putAll(DevKeys.properties());
        }
        // Above application.properties (250), below environment variables (300).
        return List.of(new PropertiesConfigSource(values, "pavilion-dev", 275));
    }
}
