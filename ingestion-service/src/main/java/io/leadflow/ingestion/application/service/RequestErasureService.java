package io.leadflow.ingestion.application.service;

import io.leadflow.ingestion.application.port.in.PrivacyRequestCommand;
import io.leadflow.ingestion.application.port.in.PrivacyRequestView;
import io.leadflow.ingestion.application.port.in.RequestErasureUseCase;
import io.leadflow.ingestion.domain.PrivacyRequestKind;
import io.leadflow.kernel.event.ErasureRequestedEvent;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ingestion (the one service that knows the e-mail of every lead) resolves the person to lead ids and, in one
 * transaction, erases its own copy and any export of them, records the request with its own receipt, and writes
 * {@code ErasureRequested} for the other services into the outbox.
 */
class RequestErasureService implements RequestErasureUseCase {

    private final PrivacyServices.Ports ports;

    RequestErasureService(PrivacyServices.Ports ports) {
        this.ports = ports;
    }

    @Override
    @Transactional
    public PrivacyRequestView requestErasure(PrivacyRequestCommand command) {
        UUID id = UUID.randomUUID();
        Instant now = ports.clock().instant();
        List<UUID> leads = ports.subjects().leadsOf(command.email());
        int records = ports.subjects().erase(command.email(), leads)
                + ports.requests().deleteExportsOf(leads);
        ports.requests()
                .create(
                        id,
                        PrivacyRequestKind.ERASURE,
                        leads,
                        command.requestedBy(),
                        now,
                        null,
                        Privacy.services(ports));
        ports.requests().answer(id, ports.settings().self(), now, records, null);
        ports.events()
                .publish(new ErasureRequestedEvent(
                        Privacy.metadata(ErasureRequestedEvent.TYPE, ErasureRequestedEvent.VERSION, id, now, command),
                        id,
                        leads));
        ports.requests().completeIfAnswered(id, now);
        return ports.requests().find(id, PrivacyRequestKind.ERASURE).orElseThrow();
    }
}
