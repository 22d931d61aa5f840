package org.pavilion.support;

import java.nio.file.Path;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Configuration the packaged (production) app gets from outside, as in production: the key
 * that verifies tokens and the issuer. Here they are the test-only key, given as a file path.
 */
public class PackagedAppKeys implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        Path key = Path.of("src", "test", "resources", "test-only-keys", "publicKey.pem").toAbsolutePath();
        return Map.of(
                "mp.jwt.verify.publickey.location", key.toUri().toString(),
                "mp.jwt.verify.issuer", Tokens.ISSUER);
    }

    @Override
    public void stop() {
    }
}
