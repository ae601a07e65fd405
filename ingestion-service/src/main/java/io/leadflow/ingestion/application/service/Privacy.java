package io.leadflow.ingestion.application.service;

import io.leadflow.ingestion.application.port.in.PrivacyRequestCommand;
import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.event.EventMetadata;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/** What the request use cases share: whom a request waits for, and the metadata of the event that announces it. */
final class Privacy {

    private Privacy() {}

    /** Ingestion first, then the other services, each once. */
    static List<String> services(PrivacyServices.Ports ports) {
        return Stream.concat(Stream.of(ports.settings().self()), ports.settings().services().stream())
                .distinct()
                .toList();
    }

    /** The request's event: its lead id is the request id (a request spans several leads or none). */
    static EventMetadata metadata(
            String type, int version, UUID requestId, Instant now, PrivacyRequestCommand command) {
        return EventMetadata.create(type, version, new LeadId(requestId), now, command.correlationId());
    }
}
