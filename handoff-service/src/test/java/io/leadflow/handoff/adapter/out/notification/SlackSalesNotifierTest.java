package io.leadflow.handoff.adapter.out.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.leadflow.handoff.application.port.out.DeliveryOutcome;
import io.leadflow.handoff.application.port.out.HandoffNotice;
import io.leadflow.handoff.application.port.out.NotificationMessage;
import io.leadflow.handoff.domain.NotificationChannel;
import io.leadflow.handoff.domain.NotificationDelivery;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Against a real HTTP server standing in for Slack's incoming webhook endpoint. */
class SlackSalesNotifierTest {

    private final JsonMapper json = JsonMapper.builder().build();
    private final List<String> received = new ArrayList<>();
    private HttpServer slack;
    private int status = 200;

    @BeforeEach
    void startSlack() throws IOException {
        slack = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        slack.createContext("/services/T000/B000/XXXX", exchange -> {
            received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] ok = "ok".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, ok.length);
            exchange.getResponseBody().write(ok);
            exchange.close();
        });
        slack.start();
    }

    @AfterEach
    void stopSlack() {
        slack.stop(0);
    }

    private String url() {
        return "http://127.0.0.1:" + slack.getAddress().getPort() + "/services/T000/B000/XXXX";
    }

    private SlackSalesNotifier notifier(String... allowed) {
        NotificationProperties properties = Notices.properties(allowed);
        return new SlackSalesNotifier(json, properties);
    }

    private static NotificationDelivery delivery(NotificationMessage message) {
        return NotificationDelivery.schedule(
                io.leadflow.handoff.domain.HandoffId.newId(),
                NotificationChannel.SLACK,
                message.target(),
                message.payload(),
                Notices.MONDAY);
    }

    @Test
    void posts_a_readable_block_kit_message_with_the_lead_reasons_deadline_and_absolute_links() {
        SlackSalesNotifier notifier = notifier("127.0.0.1");
        HandoffNotice notice = Notices.notice(HandoffNotice.Kind.ASSIGNED, url());
        NotificationMessage message = notifier.render(notice).orElseThrow();

        DeliveryOutcome outcome = notifier.send(delivery(message));

        assertThat(outcome.delivered()).isTrue();
        JsonNode body = json.readTree(received.getFirst());
        List<JsonNode> blocks =
                StreamSupport.stream(body.get("blocks").spliterator(), false).toList();
        assertThat(blocks.getFirst().get("type").asString()).isEqualTo("header");
        assertThat(blocks.getFirst().get("text").get("text").asString())
                .isEqualTo("A hot lead for Rita Rep: Jane Doe, CTO (Acme & Sons)");
        String all = body.toString();
        assertThat(all)
                .contains(
                        "Acme &amp; Sons",
                        "demo requested",
                        "company size 200-500",
                        "visited pricing 3 times",
                        "contact form",
                        "accept by Mon 2 Nov 09:15 CET",
                        "<@rita>",
                        "TIMING (call back in Q4)",
                        "Likelihood of winning 72 % (win-rate v3): Demo requested 1 time: +0.93;"
                                + " Profile industry is &lt;b&gt;R&amp;D&lt;/b&gt;: +0.11")
                .doesNotContain("opened 4 e-mails", "<b>R&D</b>");
        JsonNode actions = blocks.stream()
                .filter(b -> b.get("type").asString().equals("actions"))
                .findFirst()
                .orElseThrow()
                .get("elements");
        String id = notice.handoff().id().toString();
        assertThat(actions.values()).hasSize(1);
        assertThat(actions.get(0).get("text").get("text").asString()).isEqualTo("Open to accept or reject");
        assertThat(actions.get(0).get("url").asString()).isEqualTo("https://leadflow.example.com/handoffs/" + id);
    }

    @Test
    void a_team_without_a_slack_webhook_gets_no_slack_message() {
        assertThat(notifier().render(Notices.notice(HandoffNotice.Kind.ASSIGNED, null)))
                .isEqualTo(Optional.empty());
    }

    @Test
    void an_answer_other_than_2xx_is_a_failed_attempt_to_retry() {
        status = 500;
        SlackSalesNotifier notifier = notifier("127.0.0.1");

        DeliveryOutcome outcome =
                notifier.send(delivery(notifier.render(Notices.notice(HandoffNotice.Kind.REMINDER, url()))
                        .orElseThrow()));

        assertThat(outcome.delivered()).isFalse();
        assertThat(outcome.status()).isEqualTo(500);
    }

    @Test
    void a_loopback_slack_url_is_never_called_unless_explicitly_allowed() {
        SlackSalesNotifier notifier = notifier();

        DeliveryOutcome outcome =
                notifier.send(delivery(notifier.render(Notices.notice(HandoffNotice.Kind.ASSIGNED, url()))
                        .orElseThrow()));

        assertThat(outcome.delivered()).isFalse();
        assertThat(outcome.error()).contains("loopback");
        assertThat(received).isEmpty();
    }
}
