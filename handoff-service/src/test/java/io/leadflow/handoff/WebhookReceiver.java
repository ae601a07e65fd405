package io.leadflow.handoff;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A real HTTP webhook receiver on a random local port, as a rep's CRM would run one: it records every request and
 * answers 500 to the first {@code failures} of them, 200 afterwards.
 */
final class WebhookReceiver {

    /** One received request, with the answer it got. */
    record Request(String webhookId, String timestamp, String signature, String body, int status) {}

    private final HttpServer server;
    private final int failures;
    private final List<Request> requests = new ArrayList<>();

    private WebhookReceiver(HttpServer server, int failures) {
        this.server = server;
        this.failures = failures;
    }

    static WebhookReceiver start(int failures) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        WebhookReceiver receiver = new WebhookReceiver(server, failures);
        server.createContext("/hooks/handoffs", receiver::handle);
        server.start();
        return receiver;
    }

    String url() {
        return "http://localhost:" + server.getAddress().getPort() + "/hooks/handoffs";
    }

    synchronized List<Request> requests() {
        return List.copyOf(requests);
    }

    void stop() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        int status;
        synchronized (this) {
            status = requests.size() < failures ? 500 : 200;
            var headers = exchange.getRequestHeaders();
            requests.add(new Request(
                    headers.getFirst("webhook-id"),
                    headers.getFirst("webhook-timestamp"),
                    headers.getFirst("webhook-signature"),
                    body,
                    status));
        }
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }
}
