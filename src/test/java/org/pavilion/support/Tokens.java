package org.pavilion.support;

import java.security.PrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.util.KeyUtils;

/** Real signed tokens for tests: RS256 with the test-only key, or an untrusted one. */
public final class Tokens {

    public static final String ISSUER = "https://pavilion.test/issuer";
    public static final String AUDIENCE = "pavilion-api";
    private static final PrivateKey TRUSTED = load("test-only-keys/privateKey.pem");
    private static final PrivateKey UNTRUSTED = load("other-keys/untrustedPrivateKey.pem");

    private Tokens() {
    }

    public static String officer() {
        return forUser("officer-kim", "officer");
    }

    public static String finance() {
        return forUser("finance-lee", "finance");
    }

    public static String admin() {
        return forUser("admin-park", "admin");
    }

    public static String sme(String subject) {
        return forUser(subject, "sme");
    }

    public static String forUser(String subject, String... roles) {
        return claims(subject, roles).sign(TRUSTED);
    }

    public static String expired(String subject, String... roles) {
        return claims(subject, roles).issuedAt(Instant.now().minusSeconds(7200)).expiresAt(Instant.now().minusSeconds(3600))
                .sign(TRUSTED);
    }

    /** A valid token that expires in {@code seconds}. */
    public static String expiringIn(long seconds, String subject, String... roles) {
        return claims(subject, roles).expiresAt(Instant.now().plusSeconds(seconds)).sign(TRUSTED);
    }

    public static String signedByAnotherKey(String subject, String... roles) {
        return claims(subject, roles).sign(UNTRUSTED);
    }

    public static String fromAnotherIssuer(String subject, String... roles) {
        return Jwt.issuer("https://evil.example/issuer").subject(subject).groups(Set.of(roles)).sign(TRUSTED);
    }

    /** A token with {@code alg: none}: header and claims, no signature. */
    /** Signed by the trusted key, but minted for another audience (another client or API). */
    public static String forAudience(String audience, String subject, String... roles) {
        return claims(subject, roles).audience(audience).sign(TRUSTED);
    }

    /** Signed by the trusted key, for this audience, but of this OpenID Connect type (Keycloak's ID tokens say "ID"). */
    public static String ofType(String typ, String subject, String... roles) {
        return claims(subject, roles).claim("typ", typ).sign(TRUSTED);
    }

    /** Signed by the trusted key, with no audience at all. */
    public static String withoutAudience(String subject, String... roles) {
        return Jwt.issuer(ISSUER).subject(subject).groups(Set.of(roles)).expiresIn(3600).sign(TRUSTED);
    }

    public static String unsigned(String subject, String... roles) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String header = b64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes());
        String body = b64.encodeToString(("{\"iss\":\"" + ISSUER + "\",\"sub\":\"" + subject + "\",\"groups\":[\"" + String.join("\",\"", roles)
                + "\"],\"exp\":" + (Instant.now().getEpochSecond() + 3600) + "}").getBytes());
        return header + "." + body + ".";
    }

    private static JwtClaimsBuilder claims(String subject, String... roles) {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject(subject).groups(Set.of(roles)).claim("preferred_username", subject + "-name")
                .expiresIn(3600);
    }

    private static PrivateKey load(String location) {
        try {
            return KeyUtils.readPrivateKey(location);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read test key " + location, e);
        }
    }
}
