package io.leadflow.kernel.event;

import java.time.Instant;
import java.util.UUID;

/**
 * A service's receipt for an {@link ErasureRequestedEvent}: it no longer holds anything about the request's leads.
 * {@code records} counts the rows it deleted or anonymised (0 when it held nothing); ingestion shows the receipt in
 * the request's status. The metadata's lead id is the request id.
 */
public record LeadDataErasedEvent(EventMetadata metadata, UUID requestId, String service, Instant erasedAt, int records)
        implements IntegrationEvent {

    public static final String TYPE = "LeadDataErased";
    public static final int VERSION = 1;

    public LeadDataErasedEvent {
        metadata.requireType(TYPE);
        Events.require(requestId, "requestId");
        Events.require(service, "service");
        Events.require(erasedAt, "erasedAt");
    }
}
