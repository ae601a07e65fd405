package io.leadflow.handoff.application.service;

import io.leadflow.handoff.application.port.in.AssignAccountHandoffCommand;
import io.leadflow.handoff.application.port.in.AssignAccountHandoffUseCase;
import io.leadflow.handoff.application.port.in.AssignmentOutcome;
import io.leadflow.handoff.application.port.out.AccountHandoffRepository;
import io.leadflow.handoff.application.port.out.ConsentRegister;
import io.leadflow.handoff.application.port.out.ProcessedEvents;
import io.leadflow.handoff.application.port.out.SalesRepRepository;
import io.leadflow.handoff.domain.AccountHandoff;
import io.leadflow.handoff.domain.AccountPerson;
import io.leadflow.handoff.domain.HandoffId;
import io.leadflow.handoff.domain.HandoffStatus;
import io.leadflow.kernel.LeadId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.transaction.annotation.Transactional;

/**
 * The account goes the way a lead of it would: its owner first, then the routing rules (by the account's country and
 * size) and the round-robin; the chosen rep's notification is recorded in the same transaction. The people it names
 * leave out anyone who objected to profiling (their scores and personas are profiling) or was erased: sales never sees
 * them as part of the buying group. An account whose every person is left out is handed to nobody.
 */
class AssignAccountHandoffService implements AssignAccountHandoffUseCase {

    private final ProcessedEvents processed;
    private final AccountHandoffRepository accountHandoffs;
    private final SalesRepRepository reps;
    private final HandoffRouting routing;
    private final HandoffNotifications notifications;
    private final Clock clock;
    private final ConsentRegister consent;

    AssignAccountHandoffService(
            ProcessedEvents processed,
            AccountHandoffRepository accountHandoffs,
            SalesRepRepository reps,
            HandoffRouting routing,
            HandoffNotifications notifications,
            Clock clock,
            ConsentRegister consent) {
        this.processed = processed;
        this.accountHandoffs = accountHandoffs;
        this.reps = reps;
        this.routing = routing;
        this.notifications = notifications;
        this.clock = clock;
        this.consent = consent;
    }

    @Override
    @Transactional
    public AssignmentOutcome assignAccountHandoff(AssignAccountHandoffCommand c) {
        if (!processed.firstSeen(c.eventId())) {
            return AssignmentOutcome.DUPLICATE_EVENT;
        }
        List<AccountPerson> people = people(c.people());
        if (people.isEmpty() && !c.people().isEmpty()) {
            return AssignmentOutcome.PROFILING_OBJECTED;
        }
        Instant now = clock.instant();
        AccountHandoff incoming = new AccountHandoff(
                HandoffId.newId(),
                c.eventId(),
                c.accountId(),
                c.name(),
                c.domain(),
                c.tier(),
                c.size(),
                c.industry(),
                c.country(),
                c.score(),
                c.threshold(),
                c.qualification(),
                people,
                c.ownerRepId(),
                HandoffStatus.UNASSIGNED,
                null,
                null,
                null,
                c.qualifiedAt(),
                now,
                null,
                c.correlationId());
        HandoffRouting.Decision decision = routing.route(c.ownerRepId(), incoming.routingAttributes(), now);
        AccountHandoff handoff = incoming.routed(decision.assignment().orElse(null), decision.route(), now);
        accountHandoffs.add(handoff);
        if (decision.assignment().isEmpty()) {
            return AssignmentOutcome.UNASSIGNED;
        }
        var assignee = decision.assignment().get().rep().assignedAt(now);
        reps.save(assignee);
        notifications.schedule(handoff, assignee, now);
        return AssignmentOutcome.ASSIGNED;
    }

    private List<AccountPerson> people(List<AccountPerson> named) {
        Set<UUID> erased =
                processed.erased(named.stream().map(AccountPerson::leadId).toList());
        return named.stream()
                .filter(p -> !erased.contains(p.leadId()))
                .filter(p -> !consent.profilingObjected(new LeadId(p.leadId())))
                .toList();
    }
}
