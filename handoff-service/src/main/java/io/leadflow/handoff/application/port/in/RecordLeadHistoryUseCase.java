package io.leadflow.handoff.application.port.in;

import io.leadflow.kernel.LeadId;
import java.util.List;
import java.util.UUID;

/** Keeps nurturing's history of a recycled lead (LeadRecycledEvent) so its next hand-off shows sales what happened. */
public interface RecordLeadHistoryUseCase {

    void recordLeadHistory(UUID eventId, LeadId leadId, int recycleCount, List<String> lines);
}
