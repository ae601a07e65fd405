package io.leadflow.support.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import io.leadflow.support.security.CallerToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

/**
 * Caller tokens as the gateway signs them, for the services' tests: signed with a test key whose public half is served
 * over HTTP on the loopback interface (started once per JVM), and every Spring test context is pointed at it
 * ({@link GatewayTokensContextCustomizerFactory}). A test sends {@code header(GatewayTokens.HEADER,
 * GatewayTokens.of("rep@example.com", "sales_rep"))} where it used to send the identity headers.
 *
 * <p>By default a token is addressed to every service (so one helper serves them all) and valid for twelve hours (so a
 * cached test context never outlives it); {@link #token()} builds one with another key, audience, issuer or expiry.
 */
public final class GatewayTokens {

    /** The header a service reads the token from. */
    public static final String HEADER = CallerToken.HEADER;

    /** Every audience a LeadFlow service checks for. */
    public static final List<String> EVERY_SERVICE =
            List.of("ingestion-service", "scoring-service", "handoff-service", "nurturing-service", "console");

    private static final RSAKey GATEWAY_KEY = generate("leadflow-test-gateway");
    private static final RSAKey OTHER_KEY = generate("leadflow-test-stranger");
    private static URI jwkSetUri;

    private GatewayTokens() {}

    /** A token for a person or API key ({@code apikey:<id>}) with comma-separated roles, as the gateway would sign. */
    public static String of(String user, String roles) {
        Token token = token().user(user).roles(roles.isBlank() ? new String[0] : roles.split(","));
        return user.startsWith("apikey:")
                ? token.apiKey(user.substring("apikey:".length())).sign()
                : token.sign();
    }

    /** A token for a browser write key ({@code apikey:<id>}, role source), as the gateway signs it. */
    public static String browserKey(String keyId, boolean buyingSignals) {
        return token().user("apikey:" + keyId)
                .roles("source")
                .apiKey(keyId)
                .sign(java.util.Map.of(CallerToken.KEY_SCOPE, "browser", CallerToken.BUYING_SIGNALS, buyingSignals));
    }

    /** A token of someone signed in with every role, for tests where who calls does not matter. */
    public static String anyone() {
        return of("tester@leadflow.test", "admin,marketing,sales_manager");
    }

    /** A token to shape before signing. */
    public static Token token() {
        return new Token(
                GATEWAY_KEY,
                "tester@leadflow.test",
                List.of(),
                null,
                EVERY_SERVICE,
                CallerToken.DEFAULT_ISSUER,
                Instant.now().plus(Duration.ofHours(12)));
    }

    /** Where the test key set is published (the server starts on the first call). */
    public static synchronized URI jwkSetUri() {
        if (jwkSetUri == null) {
            try {
                HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
                byte[] body = new JWKSet(GATEWAY_KEY.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
                server.createContext("/.well-known/leadflow-jwks.json", exchange -> {
                    exchange.getResponseHeaders().set("Content-Type", "application/json");
                    exchange.sendResponseHeaders(200, body.length);
                    exchange.getResponseBody().write(body);
                    exchange.close();
                });
                server.setExecutor(null);
                server.start();
                jwkSetUri = URI.create(
                        "http://127.0.0.1:" + server.getAddress().getPort() + "/.well-known/leadflow-jwks.json");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return jwkSetUri;
    }

    /** A token being shaped; each method returns a changed copy. */
    public record Token(
            RSAKey key,
            String user,
            List<String> roles,
            String apiKey,
            List<String> audience,
            String issuer,
            Instant expiresAt) {

        public Token user(String user) {
            return new Token(key, user, roles, apiKey, audience, issuer, expiresAt);
        }

        public Token roles(String... roles) {
            return new Token(
                    key, user, Arrays.stream(roles).map(String::strip).toList(), apiKey, audience, issuer, expiresAt);
        }

        public Token apiKey(String id) {
            return new Token(key, "apikey:" + id, List.of("source"), id, audience, issuer, expiresAt);
        }

        public Token audience(String... audience) {
            return new Token(key, user, roles, apiKey, List.of(audience), issuer, expiresAt);
        }

        public Token issuer(String issuer) {
            return new Token(key, user, roles, apiKey, audience, issuer, expiresAt);
        }

        public Token expiresAt(Instant expiresAt) {
            return new Token(key, user, roles, apiKey, audience, issuer, expiresAt);
        }

        /** Signed with a key the gateway never published. */
        public Token signedByAStranger() {
            return new Token(OTHER_KEY, user, roles, apiKey, audience, issuer, expiresAt);
        }

        /** Now, or a minute before a token that has run out already. */
        private Instant issuedAt() {
            Instant now = Instant.now();
            return expiresAt.isAfter(now) ? now : expiresAt.minus(Duration.ofMinutes(1));
        }

        public String sign() {
            return sign(java.util.Map.of());
        }

        /** Signed with these claims besides the usual ones, e.g. a key's scope. */
        public String sign(java.util.Map<String, Object> extra) {
            JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                    .issuer(issuer)
                    .subject(user)
                    .audience(audience)
                    .issueTime(Date.from(issuedAt()))
                    .expirationTime(Date.from(expiresAt))
                    .claim(CallerToken.ROLES, roles);
            if (apiKey != null) {
                claims.claim(CallerToken.API_KEY, apiKey);
            }
            extra.forEach(claims::claim);
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(key.getKeyID())
                            .type(JOSEObjectType.JWT)
                            .build(),
                    claims.build());
            try {
                jwt.sign(new RSASSASigner(key));
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
            return jwt.serialize();
        }
    }

    private static RSAKey generate(String id) {
        try {
            return new RSAKeyGenerator(2048).keyID(id).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
