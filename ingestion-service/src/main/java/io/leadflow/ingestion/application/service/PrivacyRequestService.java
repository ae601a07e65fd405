package io.leadflow.ingestion.application.service;

import io.leadflow.ingestion.application.port.in.ExpireExportsUseCase;
import io.leadflow.ingestion.application.port.in.FindPrivacyRequestQuery;
import io.leadflow.ingestion.application.port.in.PrivacyRequestCommand;
import io.leadflow.ingestion.application.port.in.PrivacyRequestView;
import io.leadflow.ingestion.application.port.in.RecordPrivacyAnswerCommand;
import io.leadflow.ingestion.application.port.in.RecordPrivacyAnswerUseCase;
import io.leadflow.ingestion.application.port.in.RequestErasureUseCase;
import io.leadflow.ingestion.application.port.in.RequestExportUseCase;
import io.leadflow.ingestion.domain.PrivacyRequestKind;
import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.event.ErasureRequestedEvent;
import io.leadflow.kernel.event.EventMetadata;
import io.leadflow.kernel.event.ExportRequestedEvent;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.transaction.annotation.Transactional;

/**
 * Data subjects' requests, owned by ingestion (the one service that knows the e-mail of every lead). A request is
 * resolved to lead ids, answered by ingestion itself in the same transaction that records it and writes the request
 * for the other services into the outbox, and completed by their answers, each recorded once.
 */
class PrivacyRequestService
        implements RequestErasureUseCase,
                RequestExportUseCase,
                FindPrivacyRequestQuery,
                RecordPrivacyAnswerUseCase,
                ExpireExportsUseCase {

    private final PrivacyServices.Ports ports;

    PrivacyRequestService(PrivacyServices.Ports ports) {
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
        ports.requests().create(id, PrivacyRequestKind.ERASURE, leads, command.requestedBy(), now, null, services());
        ports.requests().answer(id, ports.settings().self(), now, records, null);
        ports.events()
                .publish(new ErasureRequestedEvent(
                        metadata(ErasureRequestedEvent.TYPE, ErasureRequestedEvent.VERSION, id, now, command),
                        id,
                        leads));
        ports.requests().completeIfAnswered(id, now);
        return find(id, PrivacyRequestKind.ERASURE);
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
                        services());
        ports.requests()
                .answer(id, ports.settings().self(), now, null, ports.subjects().export(command.email(), leads));
        ports.events()
                .publish(new ExportRequestedEvent(
                        metadata(ExportRequestedEvent.TYPE, ExportRequestedEvent.VERSION, id, now, command),
                        id,
                        leads));
        ports.requests().completeIfAnswered(id, now);
        return find(id, PrivacyRequestKind.EXPORT);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PrivacyRequestView> findPrivacyRequest(UUID id, PrivacyRequestKind kind) {
        return ports.requests().find(id, kind);
    }

    @Override
    @Transactional
    public void recordPrivacyAnswer(RecordPrivacyAnswerCommand command) {
        if (!ports.processed().firstSeen(command.eventId())) {
            return;
        }
        if (ports.requests()
                .answer(command.requestId(), command.service(), command.at(), command.records(), command.document())) {
            ports.requests()
                    .completeIfAnswered(command.requestId(), ports.clock().instant());
        }
    }

    @Override
    @Transactional
    public int expireExports() {
        return ports.requests().deleteExpiredExports(ports.clock().instant());
    }

    private List<String> services() {
        return java.util.stream.Stream.concat(
                        java.util.stream.Stream.of(ports.settings().self()), ports.settings().services().stream())
                .distinct()
                .toList();
    }

    private PrivacyRequestView find(UUID id, PrivacyRequestKind kind) {
        return ports.requests().find(id, kind).orElseThrow();
    }

    private static EventMetadata metadata(
            String type, int version, UUID requestId, Instant now, PrivacyRequestCommand command) {
        return EventMetadata.create(type, version, new LeadId(requestId), now, command.correlationId());
    }
}
