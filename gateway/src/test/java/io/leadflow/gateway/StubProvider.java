package io.leadflow.gateway;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * An OpenID Connect provider stand-in for the gateway: the test decides who signs in with which code
 * ({@link #willSignIn}); the token endpoint then answers an ID token and an access token for them, signed with a
 * key whose public half is at {@code /jwks}. It remembers the PKCE verifier each code was redeemed with. Tests that
 * need a person's bearer token take one from {@link #accessToken}, as if that person had signed in.
 */
public final class StubProvider implements AutoCloseable {

    public static final String CLIENT_ID = "leadflow-gateway";

    private final HttpServer server;
    private final RSAKey key;
    private final NimbusJwtEncoder encoder;
    private final Map<String, Person> codes = new ConcurrentHashMap<>();
    private final Map<String, String> verifiers = new ConcurrentHashMap<>();

    record Person(String email, List<String> roles, String nonce) {}

    private StubProvider() throws IOException, NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        var pair = generator.generateKeyPair();
        this.key = new RSAKey.Builder((RSAPublicKey) pair.getPublic())
                .privateKey((RSAPrivateKey) pair.getPrivate())
                .keyID("stub-key")
                .build();
        this.encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key)));
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        this.server.createContext("/token", this::token);
        this.server.createContext("/jwks", this::jwks);
        this.server.start();
    }

    public static StubProvider start() {
        try {
            return new StubProvider();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The issuer its tokens name. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Where its public key is published. */
    public String jwksUrl() {
        return url() + "/jwks";
    }

    /** An access token for this person, as the token endpoint would answer after they signed in. */
    public String accessToken(String email, List<String> roles) {
        return sign(accessClaims(email, roles).build());
    }

    /** The claims of a person's access token: this issuer, the {@code leadflow} audience, ten minutes. */
    public JwtClaimsSet.Builder accessClaims(String email, List<String> roles) {
        Instant now = Instant.now();
        return JwtClaimsSet.builder()
                .issuer(url())
                .subject("subject-of-" + email)
                .audience(List.of("leadflow", CLIENT_ID))
                .issuedAt(now)
                .expiresAt(now.plusSeconds(600))
                .claim("email", email)
                .claim("email_verified", true)
                .claim("roles", roles);
    }

    /** Any claims, signed with this provider's key. */
    public String sign(JwtClaimsSet claims) {
        JwsHeader header =
                JwsHeader.with(SignatureAlgorithm.RS256).keyId(key.getKeyID()).build();
        return encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
    }

    void willSignIn(String code, Person person) {
        codes.put(code, person);
    }

    String verifierFor(String code) {
        return verifiers.get(code);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void token(HttpExchange exchange) throws IOException {
        try (exchange) {
            Map<String, String> form =
                    form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            Person person = codes.remove(form.getOrDefault("code", ""));
            if (person == null) {
                send(exchange, 400, "{\"error\":\"invalid_grant\"}");
                return;
            }
            verifiers.put(form.get("code"), form.getOrDefault("code_verifier", ""));
            Instant now = Instant.now();
            String idToken = sign(JwtClaimsSet.builder()
                    .issuer(url())
                    .subject("subject-of-" + person.email())
                    .audience(List.of(CLIENT_ID))
                    .issuedAt(now)
                    .expiresAt(now.plusSeconds(600))
                    .claim("nonce", person.nonce())
                    .claim("email", person.email())
                    .claim("email_verified", true)
                    .claim("roles", person.roles())
                    .build());
            String accessToken = accessToken(person.email(), person.roles());
            send(
                    exchange,
                    200,
                    "{\"access_token\":\"" + accessToken + "\",\"token_type\":\"Bearer\",\"expires_in\":600,"
                            + "\"scope\":\"openid email\",\"id_token\":\"" + idToken + "\"}");
        }
    }

    private void jwks(HttpExchange exchange) throws IOException {
        try (exchange) {
            send(exchange, 200, new JWKSet(key.toPublicJWK()).toString());
        }
    }

    private static Map<String, String> form(String body) {
        return Arrays.stream(body.split("&"))
                .filter(pair -> pair.contains("="))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(
                        pair -> URLDecoder.decode(pair[0], StandardCharsets.UTF_8),
                        pair -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8),
                        (first, second) -> second));
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
