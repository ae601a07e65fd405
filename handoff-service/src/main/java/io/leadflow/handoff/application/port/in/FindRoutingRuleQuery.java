package io.leadflow.handoff.application.port.in;

import java.util.List;

/** Reads the routing rules in the order they are tried. */
public interface FindRoutingRuleQuery {

    List<RoutingRuleView> findRoutingRules();
}
