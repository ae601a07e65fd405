package io.leadflow.handoff.application.service;

import io.leadflow.handoff.application.port.out.DeliveryOutcome;
import io.leadflow.handoff.application.port.out.HandoffNotice;
import io.leadflow.handoff.application.port.out.NotificationMessage;
import io.leadflow.handoff.application.port.out.SalesNotifier;
import io.leadflow.handoff.domain.NotificationChannel;
import io.leadflow.handoff.domain.NotificationDelivery;
import java.util.Optional;

/** A team's chat channel, as Slack is: a notice reaches it only when the hand-off's team has a channel. */
final class FakeTeamChannel implements SalesNotifier {

    @Override
    public NotificationChannel channel() {
        return NotificationChannel.SLACK;
    }

    @Override
    public Optional<NotificationMessage> render(HandoffNotice notice) {
        return notice.team()
                .filter(team -> team.slackWebhookUrl() != null)
                .map(team -> new NotificationMessage(
                        team.slackWebhookUrl().toString(),
                        "team " + team.name() + "|" + notice.kind() + "|"
                                + notice.rep().name()));
    }

    @Override
    public DeliveryOutcome send(NotificationDelivery delivery) {
        return DeliveryOutcome.delivered(200);
    }
}
