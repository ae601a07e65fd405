package io.leadflow.handoff.application.port.out;

import io.leadflow.handoff.domain.Priority;
import io.leadflow.handoff.domain.SlaPolicy;
import java.util.List;

/** The SLA per priority; a priority without a stored policy uses the defaults. */
public interface SlaPolicies {

    SlaPolicy find(Priority priority);

    void save(SlaPolicy policy);

    List<SlaPolicy> findAll();
}
