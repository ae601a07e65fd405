package io.leadflow.deploy.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo's stand-in for a sales team's webhook endpoint, Slack and marketing's automation tool: it takes every POST
 * under {@code /hooks/} and shows the latest ones at {@code /} (a page that refreshes itself) and as JSON at
 * {@code /received.json}. Only on the loopback interface, and it keeps the last {@value #KEPT} in memory.
 */
public final class NotificationInbox implements AutoCloseable {

    static final int KEPT = 500;
    private static final int MAX_BODY = 256 * 1024;

    /** One notification as it arrived. */
    public record Received(Instant at, String hook, String webhookId, String body) {}

    private final HttpServer server;
    private final Clock clock;
    private final Consumer<Received> listener;
    private final Deque<Received> received = new ArrayDeque<>();
    private final JsonMapper json = JsonMapper.builder().build();

    private NotificationInbox(HttpServer server, Clock clock, Consumer<Received> listener) {
        this.server = server;
        this.clock = clock;
        this.listener = listener;
    }

    public static NotificationInbox start(int port, Clock clock) throws IOException {
        return start(port, clock, received -> {});
    }

    /**
     * An inbox that also hands every notification, as it arrives and before it is answered, to {@code listener}: for
     * a harness that must see all of them, not only the last {@value #KEPT}. The listener must be quick and
     * thread-safe.
     */
    public static NotificationInbox start(int port, Clock clock, Consumer<Received> listener) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        NotificationInbox inbox = new NotificationInbox(server, clock, listener);
        server.createContext("/hooks/", inbox::receive);
        server.createContext("/received.json", inbox::list);
        server.createContext("/", inbox::page);
        // daemon threads: a harness that closes the inbox at the end of its main exits
        server.setExecutor(Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "notification-inbox");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
        return inbox;
    }

    /** Where a notification channel must point: {@code hook} names the receiver on the page. */
    public String url(String hook) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/" + hook;
    }

    public String pageUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    public synchronized List<Received> received() {
        return List.copyOf(received);
    }

    private void receive(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestMethod().equals("POST")) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readNBytes(MAX_BODY);
            }
            String hook = exchange.getRequestURI().getPath().substring("/hooks/".length());
            Received notification = new Received(
                    clock.instant(),
                    hook,
                    exchange.getRequestHeaders().getFirst("webhook-id"),
                    new String(body, StandardCharsets.UTF_8));
            listener.accept(notification);
            synchronized (this) {
                received.addFirst(notification);
                while (received.size() > KEPT) {
                    received.removeLast();
                }
            }
            exchange.sendResponseHeaders(204, -1);
        }
    }

    private void list(HttpExchange exchange) throws IOException {
        respond(exchange, "application/json", json.writeValueAsString(received()));
    }

    private void page(HttpExchange exchange) throws IOException {
        StringBuilder html = new StringBuilder("""
                <!doctype html><html><head><meta charset="utf-8"><meta http-equiv="refresh" content="5">
                <title>LeadFlow demo: notifications</title>
                <style>body{font-family:sans-serif;margin:2em}pre{background:#f4f4f4;padding:.6em;white-space:pre-wrap}
                h2{font-size:1em;margin-bottom:.2em}</style></head><body>
                <h1>Notifications LeadFlow sent</h1><p>Newest first; this page refreshes every 5 seconds.</p>
                """);
        List<Received> latest = received();
        html.append("<p>").append(latest.size()).append(" received.</p>");
        for (Received r : latest.subList(0, Math.min(100, latest.size()))) {
            html.append("<h2>")
                    .append(escape(r.at().toString()))
                    .append(" &middot; ")
                    .append(escape(r.hook()))
                    .append(r.webhookId() == null ? "" : " &middot; " + escape(r.webhookId()))
                    .append("</h2><pre>")
                    .append(escape(pretty(r.body())))
                    .append("</pre>");
        }
        respond(
                exchange,
                "text/html; charset=utf-8",
                html.append("</body></html>").toString());
    }

    private String pretty(String body) {
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsString(json.readTree(body));
        } catch (RuntimeException notJson) {
            return body;
        }
    }

    private static void respond(HttpExchange exchange, String type, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
        exchange.close();
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
