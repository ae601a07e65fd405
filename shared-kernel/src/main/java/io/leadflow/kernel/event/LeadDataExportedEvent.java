package io.leadflow.kernel.event;

import java.util.UUID;

/**
 * A service's part of an export: {@code document} is a JSON object (as text, so the kernel stays free of JSON
 * libraries) with everything the service holds about the request's leads. The metadata's lead id is the request id.
 */
public record LeadDataExportedEvent(EventMetadata metadata, UUID requestId, String service, String document)
        implements IntegrationEvent {

    public static final String TYPE = "LeadDataExported";
    public static final int VERSION = 1;

    public LeadDataExportedEvent {
        metadata.requireType(TYPE);
        Events.require(requestId, "requestId");
        Events.require(service, "service");
        Events.require(document, "document");
    }
}
