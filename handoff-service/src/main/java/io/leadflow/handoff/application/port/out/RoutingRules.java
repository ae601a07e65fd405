package io.leadflow.handoff.application.port.out;

import io.leadflow.handoff.domain.RoutingRule;
import java.util.List;
import java.util.UUID;

/** The ordered routing rules that send leads to teams. */
public interface RoutingRules {

    void add(RoutingRule rule);

    /** Every rule, by position. */
    List<RoutingRule> findAll();

    boolean delete(UUID id);
}
