package io.leadflow.gateway.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.leadflow.gateway.apikey.ApiKeyToken;
import io.leadflow.gateway.apikey.KeyScope;
import io.leadflow.gateway.config.GatewayTokenProperties;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Signs the short-lived token that tells a service who is calling (RS256): {@code sub} the person's lower-case e-mail
 * or {@code apikey:<id>}, {@code roles} their LeadFlow roles, {@code api_key} the key's id for an event source, with
 * {@code key_scope} ({@code server} or {@code browser}) and {@code buying_signals} (whether it may send them),
 * {@code aud} the one service the call goes to, {@code iss} the gateway, {@code exp} a minute on. The keys are either
 * configured (shared by every replica; the first signs) or the replica's own, replaced every rotation period with the
 * previous one still published. A token is reused for half its life for the same caller and service, so a busy event
 * source does not cost a signature per request.
 */
public final class CallerTokens {

    public static final String HEADER = "X-LeadFlow-Identity";
    static final String ROLES = "roles";
    static final String API_KEY = "api_key";
    static final String KEY_SCOPE = "key_scope";
    static final String BUYING_SIGNALS = "buying_signals";
    private static final String API_KEY_PREFIX = "apikey:";
    private static final Logger log = LoggerFactory.getLogger(CallerTokens.class);

    private final GatewayTokenProperties properties;
    private final Clock clock;
    private final boolean ownKeys;
    private final Cache<Signed, String> recent;
    private volatile Keys keys;

    public CallerTokens(GatewayTokenProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        this.ownKeys =
                properties.signingKeys() == null || properties.signingKeys().isBlank();
        this.keys = ownKeys ? Keys.first(generate(), clock.instant()) : configured(properties.signingKeys());
        this.recent = Caffeine.newBuilder()
                .expireAfterWrite(properties.ttl().dividedBy(2))
                .maximumSize(100_000)
                .build();
        if (ownKeys) {
            log.info(
                    "signing caller tokens with this replica's own key (rotated every {}); with more than one"
                            + " replica set leadflow.security.gateway-token.signing-keys",
                    properties.rotation());
        }
    }

    /** The token for a caller's request to a service (its name, e.g. {@code scoring-service}). */
    public String sign(Authentication caller, String audience) {
        List<String> roles = caller.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .map(Role::fromWireName)
                .flatMap(Optional::stream)
                .sorted()
                .map(Role::wireName)
                .toList();
        KeyScope scope = caller instanceof ApiKeyToken key ? key.scope() : null;
        boolean buyingSignals = !(caller instanceof ApiKeyToken key) || key.buyingSignals();
        Signed key = new Signed(caller.getName(), roles, audience, scope, buyingSignals);
        return recent.get(key, this::signNow);
    }

    /** The public keys a service checks tokens with, the previous one included after a rotation. */
    public JWKSet publicKeys() {
        return new JWKSet(current().published().stream().map(JWK::toPublicJWK).toList());
    }

    private String signNow(Signed caller) {
        Instant now = clock.instant();
        RSAKey key = current().signing();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .jwtID(UUID.randomUUID().toString())
                .issuer(properties.issuer())
                .subject(caller.user())
                .audience(caller.audience())
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plus(properties.ttl())))
                .claim(ROLES, caller.roles());
        if (caller.user().startsWith(API_KEY_PREFIX)) {
            claims.claim(API_KEY, caller.user().substring(API_KEY_PREFIX.length()));
        }
        if (caller.scope() != null) {
            claims.claim(KEY_SCOPE, caller.scope().wireName());
            claims.claim(BUYING_SIGNALS, caller.buyingSignals());
        }
        SignedJWT token = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256)
                        .keyID(key.getKeyID())
                        .type(JOSEObjectType.JWT)
                        .build(),
                claims.build());
        try {
            token.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("the gateway could not sign a caller token", e);
        }
        return token.serialize();
    }

    private Keys current() {
        Keys now = keys;
        if (ownKeys && now.since().plus(properties.rotation()).isBefore(clock.instant())) {
            synchronized (this) {
                if (keys == now) {
                    keys = now.rotated(generate(), clock.instant());
                    recent.invalidateAll();
                    log.info("rotated the caller token key; the previous key stays published");
                }
                now = keys;
            }
        }
        return now;
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048)
                    .keyID(UUID.randomUUID().toString())
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("the gateway could not make a signing key", e);
        }
    }

    private static Keys configured(String jwkSet) {
        List<RSAKey> keys = new ArrayList<>();
        try {
            for (JWK key : JWKSet.parse(jwkSet).getKeys()) {
                if (!(key instanceof RSAKey rsa) || !rsa.isPrivate() || rsa.getKeyID() == null) {
                    throw new IllegalArgumentException(
                            "leadflow.security.gateway-token.signing-keys holds RSA private keys with a kid only");
                }
                keys.add(rsa);
            }
        } catch (ParseException e) {
            throw new IllegalArgumentException(
                    "leadflow.security.gateway-token.signing-keys is not a JWK set: " + e.getMessage(), e);
        }
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("leadflow.security.gateway-token.signing-keys holds no key");
        }
        return new Keys(keys.getFirst(), List.copyOf(keys), Instant.MAX);
    }

    private record Signed(
            String user,
            List<String> roles,
            String audience,
            @Nullable KeyScope scope,
            boolean buyingSignals) {}

    private record Keys(RSAKey signing, List<RSAKey> published, Instant since) {

        static Keys first(RSAKey key, Instant now) {
            return new Keys(key, List.of(key), now);
        }

        Keys rotated(RSAKey next, Instant now) {
            return new Keys(next, List.of(next, signing), now);
        }
    }
}
