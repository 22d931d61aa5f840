package org.pavilion.dev;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;

/**
 * A dev-mode-only RSA key pair, generated in memory once per JVM. Nothing is written to disk
 * or packaged, so no production configuration can ever trust it.
 */
final class DevKeys {

    private static final String PUBLIC_PROPERTY = "pavilion.dev.jwt.public-key";
    private static final String PRIVATE_PROPERTY = "pavilion.dev.jwt.private-key";

    private DevKeys() {
    }

    static synchronized Map<String, String> properties() {
        if (System.getProperty(PUBLIC_PROPERTY) == null) {
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                KeyPair pair = generator.generateKeyPair();
                System.setProperty(PUBLIC_PROPERTY, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
                System.setProperty(PRIVATE_PROPERTY, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("RSA is not available", e);
            }
        }
        return Map.of(
                "mp.jwt.verify.publickey", System.getProperty(PUBLIC_PROPERTY),
                "smallrye.jwt.sign.key", System.getProperty(PRIVATE_PROPERTY),
                "smallrye.jwt.new-token.issuer", "https://pavilion.dev/issuer");
    }

    private static String pem(String label, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der);
        return "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n";
    }
}
