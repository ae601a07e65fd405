package io.leadflow.handoff.application.port.in;

/** Removes a routing rule; leads arriving afterwards are routed by the rules that remain. */
public interface DeleteRoutingRuleUseCase {

    /** @throws NotFoundException when no rule has this id */
    void deleteRoutingRule(DeleteRoutingRuleCommand command);
}
