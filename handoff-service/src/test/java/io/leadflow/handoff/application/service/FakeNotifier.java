package io.leadflow.handoff.application.service;

import io.leadflow.handoff.application.port.out.AccountHandoffNotice;
import io.leadflow.handoff.application.port.out.DeliveryOutcome;
import io.leadflow.handoff.application.port.out.HandoffNotice;
import io.leadflow.handoff.application.port.out.NotificationMessage;
import io.leadflow.handoff.application.port.out.SalesNotifier;
import io.leadflow.handoff.domain.LeadProfile;
import io.leadflow.handoff.domain.NotificationChannel;
import io.leadflow.handoff.domain.NotificationDelivery;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** Renders "rep|lead e-mail|handoff id"; answers with the scripted outcomes, then with delivered. */
final class FakeNotifier implements SalesNotifier {
    final Deque<DeliveryOutcome> outcomes = new ArrayDeque<>();
    final List<NotificationDelivery> sent = new ArrayList<>();
    RuntimeException failNext;

    @Override
    public NotificationChannel channel() {
        return NotificationChannel.WEBHOOK;
    }

    @Override
    public Optional<NotificationMessage> render(HandoffNotice notice) {
        String kind = notice.kind() == HandoffNotice.Kind.ASSIGNED ? "" : notice.kind() + "|";
        return Optional.of(new NotificationMessage(
                notice.rep().webhookUrl().toString(),
                kind + notice.rep().name() + "|"
                        + notice.profile().map(LeadProfile::email).orElse("?") + "|"
                        + notice.handoff().id()));
    }

    /** Renders "ACCOUNT|rep|account name|people's e-mails". */
    @Override
    public Optional<NotificationMessage> render(AccountHandoffNotice notice) {
        return Optional.of(new NotificationMessage(
                notice.rep().webhookUrl().toString(),
                "ACCOUNT|" + notice.rep().name() + "|" + notice.handoff().name() + "|"
                        + String.join(
                                ",",
                                notice.handoff().people().stream()
                                        .map(p -> p.email())
                                        .toList())));
    }

    @Override
    public DeliveryOutcome send(NotificationDelivery delivery) {
        sent.add(delivery);
        if (failNext != null) {
            RuntimeException failure = failNext;
            failNext = null;
            throw failure;
        }
        return outcomes.isEmpty() ? DeliveryOutcome.delivered(200) : outcomes.poll();
    }
}
