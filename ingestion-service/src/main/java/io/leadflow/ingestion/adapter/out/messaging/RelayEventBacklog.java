package io.leadflow.ingestion.adapter.out.messaging;

import io.leadflow.ingestion.application.port.out.EventBacklog;
import io.leadflow.support.outbox.OutboxRelay;
import org.springframework.stereotype.Component;

/** The outbox relay's own count of rows not yet confirmed by the broker (the {@code leadflow.outbox.backlog} gauge). */
@Component
class RelayEventBacklog implements EventBacklog {

    private final OutboxRelay relay;

    RelayEventBacklog(OutboxRelay relay) {
        this.relay = relay;
    }

    @Override
    public long pending() {
        return relay.backlog();
    }
}
