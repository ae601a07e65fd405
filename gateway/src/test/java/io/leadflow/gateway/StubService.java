package io.leadflow.gateway;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;

/**
 * A downstream service stand-in: answers every request with its own name, echoes the correlation id as
 * the real services do, and remembers what it received.
 * It echoes the identity headers it received ({@link #ECHO_USER}, {@link #ECHO_ROLES}) and, like the real
 * hand-off service, answers 404 for a hand-off the caller does not own ({@link Ownership}).
 * A path containing {@code /slow} is answered only after {@link #SLOW}, to provoke the gateway's timeout.
 */
final class StubService implements AutoCloseable {

    static final String SERVICE_HEADER = "X-Stub-Service";
    static final String CORRELATION_HEADER = "X-Correlation-Id";
    static final Duration SLOW = Duration.ofSeconds(3);
    static final String CALLER_TOKEN = "X-LeadFlow-Identity";
    static final String ECHO_USER = "X-Echo-LeadFlow-User";
    static final String ECHO_ROLES = "X-Echo-LeadFlow-Roles";
    static final String ECHO_BODY_LENGTH = "X-Echo-Body-Length";

    private final String name;
    private final HttpServer server;
    private final ConcurrentLinkedQueue<Received> received = new ConcurrentLinkedQueue<>();

    private StubService(String name) throws IOException {
        this.name = name;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        this.server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        this.server.createContext("/", this::answer);
        this.server.start();
    }

    static StubService start(String name) {
        try {
            return new StubService(name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A local URL where nothing listens: connecting to it is refused at once. */
    static String closedPortUrl() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return "http://127.0.0.1:" + socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    Optional<Received> lastRequestTo(String path) {
        return received.stream().filter(r -> r.path().equals(path)).reduce((first, second) -> second);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath();
            int bodyLength = exchange.getRequestBody().readAllBytes().length;
            exchange.getResponseHeaders().set(ECHO_BODY_LENGTH, String.valueOf(bodyLength));
            Received request = new Received(path, Map.copyOf(exchange.getRequestHeaders()));
            received.add(request);
            if (path.contains("/slow")) {
                sleep(SLOW);
            }
            String user = request.user().orElse(null);
            String roles = request.roles().orElse(null);
            if (user != null) {
                exchange.getResponseHeaders().set(ECHO_USER, user);
            }
            if (roles != null) {
                exchange.getResponseHeaders().set(ECHO_ROLES, roles);
            }
            int status = Ownership.allows(path, user, roles) ? 200 : 404;
            byte[] body = ("{\"service\":\"" + name + "\"}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.getResponseHeaders().set(SERVICE_HEADER, name);
            String correlationId = exchange.getRequestHeaders().getFirst(CORRELATION_HEADER);
            if (correlationId != null) {
                exchange.getResponseHeaders().set(CORRELATION_HEADER, correlationId);
            }
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One request as the service saw it; header names as the JDK server normalised them. */
    record Received(String path, Map<String, List<String>> headers) {

        Optional<String> header(String name) {
            return headers.entrySet().stream()
                    .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .flatMap(entry -> entry.getValue().stream())
                    .findFirst();
        }

        /** The caller token the gateway signed, read but not checked (GatewayRoutingIT checks the signature). */
        Optional<JWTClaimsSet> caller() {
            return header(CALLER_TOKEN).map(token -> {
                try {
                    return SignedJWT.parse(token).getJWTClaimsSet();
                } catch (java.text.ParseException e) {
                    throw new IllegalStateException("the gateway sent a caller token that is not a JWT", e);
                }
            });
        }

        /** Who the caller token names: an e-mail or {@code apikey:<id>}. */
        Optional<String> user() {
            return caller().map(JWTClaimsSet::getSubject);
        }

        /** The roles of the caller token, comma-separated as they were sorted. */
        Optional<String> roles() {
            return caller().map(claims -> {
                try {
                    return String.join(",", claims.getStringListClaim("roles"));
                } catch (java.text.ParseException e) {
                    throw new IllegalStateException("roles is not a list of names", e);
                }
            });
        }
    }
}
