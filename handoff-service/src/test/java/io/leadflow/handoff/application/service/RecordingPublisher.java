package io.leadflow.handoff.application.service;

import io.leadflow.handoff.application.port.out.LeadEventPublisher;
import io.leadflow.kernel.event.IntegrationEvent;
import java.util.ArrayList;
import java.util.List;

/** Keeps every published event, in order, instead of writing them to the outbox. */
final class RecordingPublisher implements LeadEventPublisher {
    final List<IntegrationEvent> published = new ArrayList<>();

    @Override
    public void publish(IntegrationEvent event) {
        published.add(event);
    }
}
