package io.leadflow.handoff.adapter.out.notification;

import io.leadflow.handoff.application.port.out.DeliveryOutcome;
import io.leadflow.handoff.application.port.out.HandoffNotice;
import io.leadflow.handoff.application.port.out.NotificationMessage;
import io.leadflow.handoff.application.port.out.SalesNotifier;
import io.leadflow.handoff.domain.NotificationChannel;
import io.leadflow.handoff.domain.NotificationDelivery;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * E-mails the rep about a new hand-off or a reminder, and the team's manager about a breach, over SMTP
 * ({@code spring.mail.*}). Off unless {@code leadflow.notifications.email-enabled}; the stored payload is the
 * subject and text as JSON, so a retry sends exactly what was rendered.
 */
@Component
class EmailSalesNotifier implements SalesNotifier {

    private final JsonMapper json;
    private final NotificationProperties properties;
    private final ObjectProvider<JavaMailSender> mail;

    EmailSalesNotifier(JsonMapper json, NotificationProperties properties, ObjectProvider<JavaMailSender> mail) {
        this.json = json;
        this.properties = properties;
        this.mail = mail;
    }

    @Override
    public NotificationChannel channel() {
        return NotificationChannel.EMAIL;
    }

    @Override
    public Optional<NotificationMessage> render(HandoffNotice notice) {
        if (!properties.emailEnabled()) {
            return Optional.empty();
        }
        String to = notice.kind() == HandoffNotice.Kind.BREACH
                ? notice.team().map(t -> t.manager().value()).orElse(null)
                : notice.rep().email().value();
        if (to == null) {
            return Optional.empty();
        }
        NoticeContent c = NoticeContent.of(notice, properties);
        Map<String, String> body = new LinkedHashMap<>();
        body.put("subject", "[LeadFlow] " + c.headline());
        body.put("text", c.text());
        return Optional.of(new NotificationMessage(to, json.writeValueAsString(body)));
    }

    @Override
    public DeliveryOutcome send(NotificationDelivery delivery) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return DeliveryOutcome.unreachable("no SMTP server configured (spring.mail.host)");
        }
        JsonNode body = json.readTree(delivery.payload());
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(properties.mailFrom());
        message.setTo(delivery.target());
        message.setSubject(body.get("subject").asString());
        message.setText(body.get("text").asString());
        try {
            sender.send(message);
            return DeliveryOutcome.delivered(250);
        } catch (MailException e) {
            return DeliveryOutcome.unreachable(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
