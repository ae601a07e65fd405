package io.leadflow.scoring.application.service;

import io.leadflow.kernel.event.IntegrationEvent;
import io.leadflow.scoring.application.port.out.LeadEventPublisher;
import java.util.ArrayList;
import java.util.List;

final class RecordingLeadEventPublisher implements LeadEventPublisher {

    private final List<IntegrationEvent> published = new ArrayList<>();

    @Override
    public void publish(IntegrationEvent event) {
        published.add(event);
    }

    List<IntegrationEvent> published() {
        return List.copyOf(published);
    }

    <T extends IntegrationEvent> List<T> published(Class<T> type) {
        return published.stream().filter(type::isInstance).map(type::cast).toList();
    }

    void clear() {
        published.clear();
    }
}
