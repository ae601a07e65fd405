package io.leadflow.handoff.adapter.out.notification;

import io.leadflow.handoff.application.port.out.DeliveryOutcome;
import io.leadflow.handoff.application.port.out.HandoffNotice;
import io.leadflow.handoff.application.port.out.NotificationMessage;
import io.leadflow.handoff.application.port.out.SalesNotifier;
import io.leadflow.handoff.domain.NotificationChannel;
import io.leadflow.handoff.domain.NotificationDelivery;
import io.leadflow.handoff.domain.Team;
import io.leadflow.support.webhook.GuardedHttpClient;
import io.leadflow.support.webhook.WebhookAttempt;
import io.leadflow.support.webhook.WebhookTargetGuard;
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
 * 200 "ok"; anything else is a failed attempt that the delivery use case retries. The post connects only to addresses
 * the SSRF guard checked.
 */
@Component
class SlackSalesNotifier implements SalesNotifier {

    private final JsonMapper json;
    private final NotificationProperties properties;
    private final GuardedHttpClient http;

    SlackSalesNotifier(JsonMapper json, NotificationProperties properties) {
        this.json = json;
        this.properties = properties;
        this.http =
                new GuardedHttpClient(new WebhookTargetGuard(properties.allowedHosts()), properties.requestTimeout());
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
        if (!c.likelihoods().isEmpty()) {
            StringBuilder likely = new StringBuilder("*Likelihood*");
            c.likelihoods().forEach(l -> likely.append("\n• ").append(escape(l)));
            blocks.add(Map.of("type", "section", "text", text("mrkdwn", abbreviate(likely.toString(), 2900))));
        }
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
        WebhookAttempt attempt = http.postJson(delivery.target(), Map.of(), delivery.payload());
        return switch (attempt.result()) {
            case DELIVERED -> DeliveryOutcome.delivered(attempt.status());
            case ANSWERED_WITH_ERROR -> DeliveryOutcome.refused(attempt.status(), attempt.detail());
            case TARGET_REFUSED -> DeliveryOutcome.unreachable("refused target: " + attempt.detail());
            case UNREACHABLE -> DeliveryOutcome.unreachable(attempt.detail());
        };
    }
}
