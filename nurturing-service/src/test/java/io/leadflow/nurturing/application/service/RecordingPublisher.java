package io.leadflow.nurturing.application.service;

import io.leadflow.kernel.event.IntegrationEvent;
import io.leadflow.nurturing.application.port.out.LeadEventPublisher;
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
