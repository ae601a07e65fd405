package io.leadflow.ingestion.application.service;

import io.leadflow.ingestion.application.port.in.PrivacyRequestCommand;
import io.leadflow.ingestion.application.port.in.PrivacyRequestView;
import io.leadflow.ingestion.application.port.in.RequestExportUseCase;
import io.leadflow.ingestion.domain.PrivacyRequestKind;
import io.leadflow.kernel.event.ExportRequestedEvent;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records an export request that expires after the retention, with ingestion's own part, and writes
 * {@code ExportRequested} for the other services into the outbox, in one transaction.
 */
class RequestExportService implements RequestExportUseCase {

    private final PrivacyServices.Ports ports;

    RequestExportService(PrivacyServices.Ports ports) {
        this.ports = ports;
    }

    @Override
    @Transactional
    public PrivacyRequestView requestExport(PrivacyRequestCommand command) {
        UUID id = UUID.randomUUID();
        Instant now = ports.clock().instant();
        List<UUID> leads = ports.subjects().leadsOf(command.email());
        ports.requests()
                .create(
                        id,
                        PrivacyRequestKind.EXPORT,
                        leads,
                        command.requestedBy(),
                        now,
                        now.plus(ports.settings().exportRetention()),
                        Privacy.services(ports));
        ports.requests()
                .answer(id, ports.settings().self(), now, null, ports.subjects().export(command.email(), leads));
        ports.events()
                .publish(new ExportRequestedEvent(
                        Privacy.metadata(ExportRequestedEvent.TYPE, ExportRequestedEvent.VERSION, id, now, command),
                        id,
                        leads));
        ports.requests().completeIfAnswered(id, now);
        return ports.requests().find(id, PrivacyRequestKind.EXPORT).orElseThrow();
    }
}
