package org.pavilion.shared.security;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.SecretKey;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;

/**
 * The bearer-token parser with a memory of tokens it has already verified: a client sends the same
 * token with every request of its session, and checking its RS256 signature and claims again each
 * time was a tenth of the service's CPU (bench/results/limits.md). The key is the whole token text,
 * signature included, so any other token is verified in full; an entry is used only while the token
 * has not expired and for at most {@code pavilion.security.verified-token-ttl} (60 s) after its
 * verification, so a key rotation or a revoked issuer reaches every token within that time. Failed
 * verifications are never remembered.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokenCache implements JWTParser {

    static final int MAX_ENTRIES = 10_000;

    private record Verified(JsonWebToken token, long usableUntilMillis) {
    }

    private final ConcurrentHashMap<String, Verified> verified = new ConcurrentHashMap<>();
    private final DefaultJWTParser parser;
    private final long ttlMillis;

    @Inject
    public VerifiedTokenCache(JWTAuthContextInfo contextInfo,
            @ConfigProperty(name = "pavilion.security.verified-token-ttl", defaultValue = "60S") Duration ttl) {
        this.parser = new DefaultJWTParser(contextInfo);
        this.ttlMillis = ttl.toMillis();
    }

    @Override
    public JsonWebToken parse(String bearerToken) throws ParseException {
        long now = System.currentTimeMillis();
        Verified known = verified.get(bearerToken);
        if (known != null && now < known.usableUntilMillis()) {
            return known.token();
        }
        JsonWebToken token = requireAccessToken(parser.parse(bearerToken));
        if (ttlMillis > 0) {
            if (verified.size() >= MAX_ENTRIES) {
                verified.values().removeIf(entry -> entry.usableUntilMillis() <= now);
                if (verified.size() >= MAX_ENTRIES) {
                    verified.clear();
                }
            }
            long expiresMillis = token.getExpirationTime() * 1000;
            verified.put(bearerToken, new Verified(token, Math.min(expiresMillis, now + ttlMillis)));
        }
        return token;
    }

    /**
     * Only access tokens are bearer tokens: an OpenID Connect ID token (Keycloak writes {@code "typ": "ID"}) proves
     * who logged in to a client, not that this API may be called, so it is refused like a bad signature. A token
     * without {@code typ} is taken as an access token; the audience check ({@code mp.jwt.verify.audiences}) has
     * already refused tokens minted for other clients.
     */
    static JsonWebToken requireAccessToken(JsonWebToken token) throws ParseException {
        Object typ = token.getClaim("typ");
        if (typ != null && !ACCESS_TOKEN_TYPES.contains(String.valueOf(typ).replace("\"", "").toLowerCase(Locale.ROOT))) {
            throw new ParseException("Only access tokens are accepted (typ " + typ + ")");
        }
        return token;
    }

    static final Set<String> ACCESS_TOKEN_TYPES = Set.of("bearer", "access", "at+jwt");

    /** Whether this token would be answered from memory now, without verifying it again. */
    boolean remembers(String bearerToken) {
        Verified known = verified.get(bearerToken);
        return known != null && System.currentTimeMillis() < known.usableUntilMillis();
    }

    @Override
    public JsonWebToken parse(String bearerToken, JWTAuthContextInfo contextInfo) throws ParseException {
        return parser.parse(bearerToken, contextInfo);
    }

    @Override
    public JsonWebToken verify(String bearerToken, PublicKey key) throws ParseException {
        return parser.verify(bearerToken, key);
    }

    @Override
    public JsonWebToken verify(String bearerToken, SecretKey key) throws ParseException {
        return parser.verify(bearerToken, key);
    }

    @Override
    public JsonWebToken verify(String bearerToken, String secret) throws ParseException {
        return parser.verify(bearerToken, secret);
    }

    @Override
    public JsonWebToken decrypt(String bearerToken, PrivateKey key) throws ParseException {
        return parser.decrypt(bearerToken, key);
    }

    @Override
    public JsonWebToken decrypt(String bearerToken, SecretKey key) throws ParseException {
        return parser.decrypt(bearerToken, key);
    }

    @Override
    public JsonWebToken decrypt(String bearerToken, String secret) throws ParseException {
        return parser.decrypt(bearerToken, secret);
    }

    @Override
    public JsonWebToken parseOnly(String bearerToken) throws ParseException {
        return parser.parseOnly(bearerToken);
    }
}
