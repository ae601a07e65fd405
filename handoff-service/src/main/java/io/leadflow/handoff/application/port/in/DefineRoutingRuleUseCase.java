package io.leadflow.handoff.application.port.in;

/** Adds a routing rule at its position; the teams it names must exist. */
public interface DefineRoutingRuleUseCase {

    /** @throws NotFoundException for an unknown team */
    RoutingRuleView defineRoutingRule(DefineRoutingRuleCommand command);
}
