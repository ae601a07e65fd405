package io.leadflow.handoff.application.service;

import io.leadflow.handoff.application.port.out.SlaPolicies;
import io.leadflow.handoff.application.port.out.SlaTimers;
import io.leadflow.handoff.application.port.out.TeamRepository;
import io.leadflow.handoff.domain.BusinessCalendar;
import io.leadflow.handoff.domain.Handoff;
import io.leadflow.handoff.domain.SlaClock;
import io.leadflow.handoff.domain.SlaDeadline;
import io.leadflow.handoff.domain.SlaPolicy;
import io.leadflow.handoff.domain.Team;
import java.time.Instant;

/** Starts a hand-off's SLA clock in its team's business calendar and schedules the clock's timers. */
final class SlaScheduling {

    private final SlaPolicies policies;
    private final TeamRepository teams;
    private final SlaTimers timers;
    private final BusinessCalendar defaultCalendar;

    SlaScheduling(SlaPolicies policies, TeamRepository teams, SlaTimers timers, BusinessCalendar defaultCalendar) {
        this.policies = policies;
        this.teams = teams;
        this.timers = timers;
        this.defaultCalendar = defaultCalendar;
    }

    BusinessCalendar calendarOf(Handoff handoff) {
        return handoff.route().team() == null
                ? defaultCalendar
                : teams.find(handoff.route().team()).map(Team::calendar).orElse(defaultCalendar);
    }

    SlaPolicy policyOf(Handoff handoff) {
        return policies.find(handoff.qualification().priority());
    }

    /** A fresh clock to accept, from {@code now}. */
    Handoff startAccept(Handoff handoff, Instant now) {
        SlaPolicy policy = policyOf(handoff);
        BusinessCalendar calendar = calendarOf(handoff);
        SlaClock clock = SlaClock.toAccept(policy, calendar, now, nextGeneration(handoff));
        timers.schedule(clock.timers(handoff.id(), SlaDeadline.ACCEPT, policy, calendar));
        return handoff.withSla(clock);
    }

    /** The clock to qualify or reject, from {@code now} (after an accept, or a pass to the second tier). */
    Handoff startDecide(Handoff handoff, Instant now) {
        SlaPolicy policy = policyOf(handoff);
        BusinessCalendar calendar = calendarOf(handoff);
        SlaClock base = handoff.sla() == null ? new SlaClock(policy.priority(), 0, now, null, null) : handoff.sla();
        SlaClock clock = base.toDecide(policy, calendar, now, nextGeneration(handoff));
        timers.schedule(clock.timers(handoff.id(), SlaDeadline.DECIDE, policy, calendar));
        return handoff.withSla(clock);
    }

    private static int nextGeneration(Handoff handoff) {
        return handoff.sla() == null ? 1 : handoff.sla().generation() + 1;
    }
}
