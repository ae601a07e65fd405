package io.leadflow.kernel.event;

import java.util.List;
import java.util.UUID;

/**
 * A person asked to be forgotten (GDPR Art. 17). Ingestion resolved their e-mail to every lead id they ever had and
 * erased its own copy; each other service erases or irreversibly anonymises what it holds about these leads and
 * answers with a {@link LeadDataErasedEvent}. The message carries lead ids only, never the e-mail. The metadata's lead
 * id is the request id: the event is about a request, which may span several leads or none.
 */
public record ErasureRequestedEvent(EventMetadata metadata, UUID requestId, List<UUID> leadIds)
        implements IntegrationEvent {

    public static final String TYPE = "ErasureRequested";
    public static final int VERSION = 1;

    public ErasureRequestedEvent {
        metadata.requireType(TYPE);
        Events.require(requestId, "requestId");
        leadIds = leadIds == null ? List.of() : List.copyOf(leadIds);
    }
}
