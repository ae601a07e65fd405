package io.leadflow.handoff.adapter.out.notification;

import io.leadflow.handoff.application.port.out.DeliveryOutcome;
import io.leadflow.handoff.application.port.out.HandoffNotice;
import io.leadflow.handoff.application.port.out.NotificationMessage;
import io.leadflow.handoff.application.port.out.NotificationTargetPolicy;
import io.leadflow.handoff.application.port.out.SalesNotifier;
import io.leadflow.handoff.domain.NotificationChannel;
import io.leadflow.handoff.domain.NotificationDelivery;
import io.leadflow.handoff.domain.Team;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Posts hand-offs to the team's Slack incoming webhook as a Block Kit message: a header, the lead and company, the
 * top reasons, channel and deadline, the rep mentioned by chat handle, and Accept / Reject link buttons. Slack answers
 * 200 "ok"; anything else is a failed attempt that the delivery use case retries.
 */
@Component
class SlackSalesNotifier implements SalesNotifier {

    private final JsonMapper json;
    private final NotificationProperties properties;
    private final NotificationTargetPolicy targets;
    private final HttpClient http;

    SlackSalesNotifier(JsonMapper json, NotificationProperties properties, NotificationTargetPolicy targets) {
        this.json = json;
        this.properties = properties;
        this.targets = targets;
        this.http = HttpClient.newBuilder()
                .connectTimeout(properties.requestTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public NotificationChannel channel() {
        return NotificationChannel.SLACK;
    }

    @Override
    public Optional<NotificationMessage> render(HandoffNotice notice) {
        Optional<Team> team = notice.team().filter(t -> t.slackWebhookUrl() != null);
        if (team.isEmpty()) {
            return Optional.empty();
        }
        NoticeContent c = NoticeContent.of(notice, properties);
        String mention = notice.rep().chatHandle() == null
                ? notice.rep().name()
                : "<@" + notice.rep().chatHandle().replaceFirst("^@", "") + ">";
        List<Object> blocks = new ArrayList<>();
        blocks.add(Map.of("type", "header", "text", text("plain_text", abbreviate(c.headline(), 150))));
        blocks.add(Map.of(
                "type",
                "section",
                "fields",
                List.of(
                        text("mrkdwn", "*Who*\n" + escape(c.who())),
                        text("mrkdwn", "*Company*\n" + escape(c.company())),
                        text("mrkdwn", "*Channel*\n" + escape(c.channel())),
                        text("mrkdwn", "*Deadline*\n" + escape(c.deadline())))));
        StringBuilder why = new StringBuilder("*Why it qualified*");
        c.topReasons().forEach(r -> why.append("\n• ").append(escape(r)));
        blocks.add(Map.of("type", "section", "text", text("mrkdwn", why.toString())));
        if (!c.history().isEmpty()) {
            StringBuilder earlier = new StringBuilder("*Earlier*");
            c.history().stream().limit(10).forEach(r -> earlier.append("\n• ").append(escape(r)));
            blocks.add(Map.of("type", "section", "text", text("mrkdwn", abbreviate(earlier.toString(), 2900))));
        }
        blocks.add(Map.of("type", "context", "elements", List.of(text("mrkdwn", "Owner: " + mention))));
        blocks.add(Map.of(
                "type", "actions", "elements", List.of(button("Open to accept or reject", c.pageLink(), "primary"))));
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("text", c.headline());
        message.put("blocks", blocks);
        return Optional.of(
                new NotificationMessage(team.get().slackWebhookUrl().toString(), json.writeValueAsString(message)));
    }

    private static Map<String, Object> text(String type, String text) {
        return Map.of("type", type, "text", text);
    }

    private static Map<String, Object> button(String label, String url, String style) {
        return Map.of("type", "button", "text", text("plain_text", label), "url", url, "style", style);
    }

    /** Slack's mrkdwn needs &, < and > escaped. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    @Override
    public DeliveryOutcome send(NotificationDelivery delivery) {
        URI target = URI.create(delivery.target());
        Optional<String> refused = targets.refusal(target);
        if (refused.isPresent()) {
            return DeliveryOutcome.unreachable("refused target: " + refused.get());
        }
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(target)
                            .timeout(properties.requestTimeout())
                            .header("content-type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(delivery.payload(), StandardCharsets.UTF_8))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            int status = response.statusCode();
            return status >= 200 && status < 300
                    ? DeliveryOutcome.delivered(status)
                    : DeliveryOutcome.refused(status, "HTTP " + status + ": " + abbreviate(response.body(), 200));
        } catch (IOException | IllegalArgumentException e) {
            return DeliveryOutcome.unreachable(e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return DeliveryOutcome.unreachable("interrupted while sending");
        }
    }
}
