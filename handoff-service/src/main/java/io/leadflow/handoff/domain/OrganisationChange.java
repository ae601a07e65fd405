package io.leadflow.handoff.domain;

import java.time.Instant;

/**
 * One change to the sales organisation (a team, a rep's data or availability, a routing rule, an SLA policy, a webhook
 * secret): when, who made it (as the gateway named them), what was done and to which one.
 */
public record OrganisationChange(Instant at, String actor, String action, String subject) {

    public OrganisationChange {
        if (at == null || actor == null || action == null || subject == null) {
            throw new IllegalArgumentException("a change has a time, an actor, an action and a subject");
        }
    }
}
