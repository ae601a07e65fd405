package io.leadflow.handoff.application.service;

import io.leadflow.handoff.application.port.in.RecordLeadHistoryUseCase;
import io.leadflow.handoff.application.port.out.LeadHistories;
import io.leadflow.handoff.application.port.out.ProcessedEvents;
import io.leadflow.kernel.LeadId;
import java.util.List;
import java.util.UUID;
import org.springframework.transaction.annotation.Transactional;

class RecordLeadHistoryService implements RecordLeadHistoryUseCase {

    private final ProcessedEvents processed;
    private final LeadHistories histories;

    RecordLeadHistoryService(ProcessedEvents processed, LeadHistories histories) {
        this.processed = processed;
        this.histories = histories;
    }

    @Override
    @Transactional
    public void recordLeadHistory(UUID eventId, LeadId leadId, int recycleCount, List<String> lines) {
        if (processed.firstSeen(eventId, leadId.value())) {
            histories.replace(leadId, recycleCount, lines);
        }
    }
}
