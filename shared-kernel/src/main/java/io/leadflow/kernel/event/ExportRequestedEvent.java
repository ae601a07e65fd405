package io.leadflow.kernel.event;

import java.util.List;
import java.util.UUID;

/**
 * A person asked for a copy of their data (GDPR Art. 15 and 20). Each other service answers with a
 * {@link LeadDataExportedEvent} holding what it keeps about these leads; ingestion assembles the parts. The message
 * carries lead ids only, never the e-mail; the metadata's lead id is the request id.
 */
public record ExportRequestedEvent(EventMetadata metadata, UUID requestId, List<UUID> leadIds)
        implements IntegrationEvent {

    public static final String TYPE = "ExportRequested";
    public static final int VERSION = 1;

    public ExportRequestedEvent {
        metadata.requireType(TYPE);
        Events.require(requestId, "requestId");
        leadIds = leadIds == null ? List.of() : List.copyOf(leadIds);
    }
}
