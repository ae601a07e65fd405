package io.leadflow.support.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
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

    private SignedWebhookSender sender(Optional<String> refusal) {
        return new SignedWebhookSender(
                SIGNER, uri -> refusal, Duration.ofSeconds(5), "LeadFlow-Test/1", Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void delivers_a_post_whose_signature_the_receiver_can_check() {
        WebhookAttempt attempt = sender(Optional.empty()).post("msg_1", base + "/ok", BODY);

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
        WebhookAttempt attempt = sender(Optional.empty()).post("msg_2", base + "/busy", BODY);

        assertThat(attempt.result()).isEqualTo(WebhookAttempt.Result.ANSWERED_WITH_ERROR);
        assertThat(attempt.status()).isEqualTo(503);
        assertThat(attempt.detail()).startsWith("HTTP 503: xxx").endsWith("...");
        assertThat(attempt.detail()).hasSize(SignedWebhookSender.MAX_DETAIL + 3);
    }

    @Test
    void a_redirect_is_an_error_and_is_not_followed() {
        WebhookAttempt attempt = sender(Optional.empty()).post("msg_3", base + "/moved", BODY);

        assertThat(attempt.result()).isEqualTo(WebhookAttempt.Result.ANSWERED_WITH_ERROR);
        assertThat(attempt.status()).isEqualTo(302);
        assertThat(received).extracting(Received::path).containsExactly("/moved");
    }

    @Test
    void a_refused_target_is_never_called() {
        WebhookAttempt attempt =
                sender(Optional.of("resolves to a loopback address")).post("msg_4", base + "/ok", BODY);

        assertThat(attempt)
                .isEqualTo(new WebhookAttempt(
                        WebhookAttempt.Result.TARGET_REFUSED, null, "resolves to a loopback address"));
        assertThat(received).isEmpty();
    }

    @Test
    void a_receiver_that_does_not_listen_is_unreachable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        WebhookAttempt attempt = sender(Optional.empty()).post("msg_5", "http://127.0.0.1:" + closedPort + "/", BODY);

        assertThat(attempt.result()).isEqualTo(WebhookAttempt.Result.UNREACHABLE);
        assertThat(attempt.status()).isNull();
        assertThat(attempt.detail()).startsWith("ConnectException");
    }

    @Test
    void a_target_that_is_no_url_is_unreachable_and_nothing_is_sent() {
        WebhookAttempt attempt = sender(Optional.empty()).post("msg_6", "http://exa mple.com/hook", BODY);

        assertThat(attempt.result()).isEqualTo(WebhookAttempt.Result.UNREACHABLE);
        assertThat(attempt.detail()).startsWith("IllegalArgumentException");
        assertThat(received).isEmpty();
    }
}
