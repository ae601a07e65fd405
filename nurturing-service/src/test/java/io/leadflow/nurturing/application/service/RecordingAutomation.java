package io.leadflow.nurturing.application.service;

import io.leadflow.nurturing.application.port.out.MarketingAutomation;
import io.leadflow.nurturing.domain.DeliveryOutcome;
import io.leadflow.nurturing.domain.NurtureNotice;
import io.leadflow.nurturing.domain.ScheduledStep;
import io.leadflow.nurturing.domain.StepDelivery;
import io.leadflow.nurturing.domain.TrackRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Renders every step (as its name and track) and every notice (as its type and enrolment), and accepts every delivery unless told to refuse. */
final class RecordingAutomation implements MarketingAutomation {
    record Sent(ScheduledStep step, TrackRef track) {}

    final List<Sent> rendered = new ArrayList<>();
    final List<NurtureNotice> notices = new ArrayList<>();
    final List<StepDelivery> attempts = new ArrayList<>();
    boolean refuse;

    @Override
    public Optional<AutomationMessage> render(ScheduledStep step, TrackRef track) {
        rendered.add(new Sent(step, track));
        return Optional.of(new AutomationMessage(
                "https://automation.example.com/hook", step.position() + ":" + step.name() + "@" + track.key()));
    }

    @Override
    public Optional<AutomationMessage> render(NurtureNotice notice) {
        notices.add(notice);
        return Optional.of(new AutomationMessage(
                "https://automation.example.com/hook",
                notice.kind().type() + "@" + notice.enrollment().id()));
    }

    @Override
    public DeliveryOutcome send(StepDelivery delivery) {
        attempts.add(delivery);
        return refuse ? DeliveryOutcome.failed(503, "HTTP 503") : DeliveryOutcome.ok(204);
    }
}
