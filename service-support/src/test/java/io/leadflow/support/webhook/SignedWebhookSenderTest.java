package io.leadflow.support.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SignedWebhookSenderTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:30:00Z");
    private static final WebhookSigner SIGNER = new WebhookSigner("test-secret");
    private static final String BODY = "{\"type\":\"handoff.opened\",\"lead\":{\"company\":\"Acme\"}}";

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private HttpServer receiver;
    private String base;

    record Received(String path, Map<String, List<String>> headers, String body) {}

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/ok", exchange -> answer(exchange, 204, ""));
        receiver.createContext("/busy", exchange -> answer(exchange, 503, "x".repeat(1_000)));
        receiver.createContext("/to-metadata", exchange -> {
            exchange.getResponseHeaders().add("location", "http://169.254.169.254/latest/meta-data/");
            answer(exchange, 302, "");
        });
        receiver.createContext("/moved", exchange -> {
            exchange.getResponseHeaders().add("location", base + "/ok");
            answer(exchange, 302, "");
        });
        receiver.start();
        base = "http://127.0.0.1:" + receiver.getAddress().getPort();
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    private void answer(HttpExchange exchange, int status, String body) throws IOException {
        received.add(new Received(
                exchange.getRequestURI().getPath(),
                Map.copyOf(exchange.getRequestHeaders()),
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** A sender in a local run: the receiver's 127.0.0.1 is allowed, over plain http. */
    private SignedWebhookSender sender() {
        return sender(new WebhookTargetGuard(List.of("127.0.0.1")));
    }

    private SignedWebhookSender sender(WebhookTargetGuard guard) {
        return new SignedWebhookSender(
                SIGNER, guard, Duration.ofSeconds(5), "LeadFlow-Test/1", Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void delivers_a_post_whose_signature_the_receiver_can_check() {
        WebhookAttempt attempt = sender().post("msg_1", base + "/ok", BODY);

        assertThat(attempt).isEqualTo(new WebhookAttempt(WebhookAttempt.Result.DELIVERED, 204, null));
        assertThat(received).hasSize(1);
        Received request = received.getFirst();
        long timestamp = NOW.getEpochSecond();
        assertThat(request.body()).isEqualTo(BODY);
        assertThat(request.headers().get("Webhook-id")).containsExactly("msg_1");
        assertThat(request.headers().get("Webhook-timestamp")).containsExactly(Long.toString(timestamp));
        assertThat(request.headers().get("Webhook-signature")).containsExactly(SIGNER.sign("msg_1", timestamp, BODY));
        assertThat(request.headers().get("User-agent")).containsExactly("LeadFlow-Test/1");
        assertThat(request.headers().get("Content-type")).containsExactly("application/json");
    }

    @Test
    void an_error_answer_keeps_its_status_and_a_cut_body() {
        WebhookAttempt attempt = sender().post("msg_2", base + "/busy", BODY);

        assertThat(attempt.result()).isEqualTo(WebhookAttempt.Result.ANSWERED_WITH_ERROR);
        assertThat(attempt.status()).isEqualTo(503);
        assertThat(attempt.detail()).startsWith("HTTP 503: xxx").endsWith("...");
        assertThat(attempt.detail()).hasSize(SignedWebhookSender.MAX_DETAIL + 3);
    }

    @Test
    void a_redirect_is_an_error_and_is_not_followed() {
        WebhookAttempt attempt = sender().post("msg_3", base + "/moved", BODY);

        assertThat(attempt.result()).isEqualTo(WebhookAttempt.Result.ANSWERED_WITH_ERROR);
        assertThat(attempt.status()).isEqualTo(302);
        assertThat(received).extracting(Received::path).containsExactly("/moved");
    }

    @Test
    void a_refused_target_is_never_called() {
        WebhookAttempt attempt = sender(new WebhookTargetGuard(List.of())).post("msg_4", base + "/ok", BODY);

        assertThat(attempt.result()).isEqualTo(WebhookAttempt.Result.TARGET_REFUSED);
        assertThat(attempt.detail()).isEqualTo("host 127.0.0.1 resolves to 127.0.0.1, a loopback address");
        assertThat(received).isEmpty();
    }

    @Test
    void a_redirect_to_an_internal_address_is_not_followed() {
        WebhookAttempt attempt = sender().post("msg_7", base + "/to-metadata", BODY);

        assertThat(attempt.result()).isEqualTo(WebhookAttempt.Result.ANSWERED_WITH_ERROR);
        assertThat(attempt.status()).isEqualTo(302);
        assertThat(received).extracting(Received::path).containsExactly("/to-metadata");
    }

    @Test
    void a_name_that_answers_public_to_the_check_and_internal_to_the_connection_is_never_connected_to()
            throws Exception {
        AtomicInteger connections = new AtomicInteger();
        try (ServerSocket internal = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
            Thread acceptor = Thread.ofVirtual().start(() -> {
                while (!internal.isClosed()) {
                    try (Socket ignored = internal.accept()) {
                        connections.incrementAndGet();
                    } catch (IOException closed) {
                        return;
                    }
                }
            });
            AtomicInteger lookups = new AtomicInteger();
            WebhookTargetGuard rebinding = new WebhookTargetGuard(
                    List.of(),
                    host -> lookups.getAndIncrement() == 0
                            ? new InetAddress[] {InetAddress.getByName("93.184.215.14")}
                            : new InetAddress[] {InetAddress.getLoopbackAddress()});

            WebhookAttempt attempt = sender(rebinding)
                    .post("msg_8", "https://rebind.example:" + internal.getLocalPort() + "/hook", BODY);

            assertThat(attempt.result()).isEqualTo(WebhookAttempt.Result.TARGET_REFUSED);
            assertThat(attempt.detail()).contains("rebind.example resolves to 127.0.0.1, a loopback address");
            assertThat(lookups.get())
                    .as("checked once before the call, once when connecting")
                    .isEqualTo(2);
            internal.close();
            acceptor.join();
        }
        assertThat(connections.get()).isZero();
    }

    @Test
    void a_receiver_that_does_not_listen_is_unreachable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        WebhookAttempt attempt = sender().post("msg_5", "http://127.0.0.1:" + closedPort + "/", BODY);

        assertThat(attempt.result()).isEqualTo(WebhookAttempt.Result.UNREACHABLE);
        assertThat(attempt.status()).isNull();
        assertThat(attempt.detail()).contains("Connection refused");
    }

    @Test
    void a_target_that_is_no_url_is_unreachable_and_nothing_is_sent() {
        WebhookAttempt attempt = sender().post("msg_6", "http://exa mple.com/hook", BODY);

        assertThat(attempt.result()).isEqualTo(WebhookAttempt.Result.UNREACHABLE);
        assertThat(attempt.detail()).startsWith("IllegalArgumentException");
        assertThat(received).isEmpty();
    }
}
