package io.leadflow.handoff.application.service;

import io.leadflow.handoff.application.port.out.SalesRepRepository;
import io.leadflow.handoff.application.port.out.SlaPolicies;
import io.leadflow.handoff.application.port.out.SlaTimers;
import io.leadflow.handoff.application.port.out.TeamRepository;
import io.leadflow.handoff.domain.BusinessCalendar;
import io.leadflow.handoff.domain.Handoff;
import io.leadflow.handoff.domain.SalesRep;
import io.leadflow.handoff.domain.SlaClock;
import io.leadflow.handoff.domain.SlaDeadline;
import io.leadflow.handoff.domain.SlaPolicy;
import io.leadflow.handoff.domain.Team;
import io.leadflow.handoff.domain.WorkingTime;
import java.time.Instant;
import java.util.Optional;

/**
 * Starts a hand-off's SLA clock and schedules the clock's timers. The clock runs in the team's business calendar (the
 * default one for a hand-off of no team) narrowed to the working hours of the rep holding it, when they have hours of
 * their own: the team's calendar says on which days and holidays the team answers, the rep's hours when the person
 * holding the lead is at work, and a deadline that ran while either was closed would breach a rep who could not act.
 */
final class SlaScheduling {

    private final SlaPolicies policies;
    private final TeamRepository teams;
    private final SalesRepRepository reps;
    private final SlaTimers timers;
    private final BusinessCalendar defaultCalendar;

    SlaScheduling(
            SlaPolicies policies,
            TeamRepository teams,
            SalesRepRepository reps,
            SlaTimers timers,
            BusinessCalendar defaultCalendar) {
        this.policies = policies;
        this.teams = teams;
        this.reps = reps;
        this.timers = timers;
        this.defaultCalendar = defaultCalendar;
    }

    /** The working time of the hand-off's clock started at {@code from}. */
    WorkingTime calendarOf(Handoff handoff, Instant from) {
        BusinessCalendar team = handoff.route().team() == null
                ? defaultCalendar
                : teams.find(handoff.route().team()).map(Team::calendar).orElse(defaultCalendar);
        return Optional.ofNullable(handoff.repId())
                .flatMap(reps::find)
                .flatMap(SalesRep::ownHours)
                .map(own -> team.within(own, from))
                .orElse(team);
    }

    SlaPolicy policyOf(Handoff handoff) {
        return policies.find(handoff.qualification().priority());
    }

    /** A fresh clock to accept, from {@code now}. */
    Handoff startAccept(Handoff handoff, Instant now) {
        SlaPolicy policy = policyOf(handoff);
        WorkingTime calendar = calendarOf(handoff, now);
        SlaClock clock = SlaClock.toAccept(policy, calendar, now, nextGeneration(handoff));
        timers.schedule(clock.timers(handoff.id(), SlaDeadline.ACCEPT, policy, calendar));
        return handoff.withSla(clock);
    }

    /** The clock to qualify or reject, from {@code now} (after an accept, or a pass to the second tier). */
    Handoff startDecide(Handoff handoff, Instant now) {
        SlaPolicy policy = policyOf(handoff);
        WorkingTime calendar = calendarOf(handoff, now);
        SlaClock base = handoff.sla() == null ? new SlaClock(policy.priority(), 0, now, null, null) : handoff.sla();
        SlaClock clock = base.toDecide(policy, calendar, now, nextGeneration(handoff));
        timers.schedule(clock.timers(handoff.id(), SlaDeadline.DECIDE, policy, calendar));
        return handoff.withSla(clock);
    }

    private static int nextGeneration(Handoff handoff) {
        return handoff.sla() == null ? 1 : handoff.sla().generation() + 1;
    }
}
