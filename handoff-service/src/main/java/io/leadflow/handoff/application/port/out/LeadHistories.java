package io.leadflow.handoff.application.port.out;

import io.leadflow.kernel.LeadId;
import java.util.List;

/** Nurturing's story of recycled leads (LeadRecycledEvent history lines), shown on the lead's next hand-off. */
public interface LeadHistories {

    void replace(LeadId leadId, int recycleCount, List<String> lines);

    List<String> find(LeadId leadId);
}
