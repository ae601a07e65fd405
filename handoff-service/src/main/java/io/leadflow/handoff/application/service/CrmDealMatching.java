package io.leadflow.handoff.application.service;

import io.leadflow.handoff.application.port.in.CrmDealView;
import io.leadflow.handoff.application.port.in.OutcomeConflictException;
import io.leadflow.handoff.application.port.out.HandoffRepository;
import io.leadflow.handoff.application.port.out.LeadProfiles;
import io.leadflow.handoff.domain.CrmDeal;
import io.leadflow.handoff.domain.CrmDealStatus;
import io.leadflow.handoff.domain.CrmStageMapping;
import io.leadflow.handoff.domain.Handoff;
import io.leadflow.handoff.domain.HandoffDecisionRefusedException;
import io.leadflow.handoff.domain.HandoffStatus;
import io.leadflow.handoff.domain.Outcome;
import io.leadflow.handoff.domain.StageRule;
import io.leadflow.kernel.IllegalStageTransitionException;
import io.leadflow.kernel.InvalidValueException;
import io.leadflow.kernel.LeadId;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Settles one CRM deal update: maps its stage, finds its lead (by LeadFlow's lead id, else by e-mail) and that lead's
 * latest hand-off, and records the outcome there as a rep would. Not yet applicable (no such lead, or not qualified
 * yet) stays UNMATCHED to be tried again. The callers own the transaction.
 */
final class CrmDealMatching {

    private static final Set<HandoffStatus> NOT_YET_QUALIFIED =
            EnumSet.of(HandoffStatus.UNASSIGNED, HandoffStatus.ASSIGNED, HandoffStatus.ACCEPTED);

    private final CrmStageMapping mapping;
    private final HandoffRepository handoffs;
    private final LeadProfiles profiles;
    private final DealClosing closing;

    CrmDealMatching(CrmStageMapping mapping, HandoffRepository handoffs, LeadProfiles profiles, DealClosing closing) {
        this.mapping = mapping;
        this.handoffs = handoffs;
        this.profiles = profiles;
        this.closing = closing;
    }

    CrmDeal settle(CrmDeal deal, Instant now) {
        Optional<StageRule> rule = mapping.ruleFor(deal.source(), deal.stage());
        if (deal.stage() == null) {
            return deal.amount() == null
                    ? deal.settled(CrmDealStatus.IGNORED, "neither the stage nor the amount changed", null, now)
                    : onHandoff(deal, now, handoff -> reprice(deal, handoff, now));
        }
        if (rule.isEmpty()) {
            return deal.settled(CrmDealStatus.IGNORED, "stage '" + deal.stage() + "' is not mapped", null, now);
        }
        Outcome outcome;
        try {
            outcome = rule.get().outcome(deal.amount(), deal.currency());
        } catch (InvalidValueException e) {
            return deal.settled(CrmDealStatus.REFUSED, e.field() + ": " + e.getMessage(), null, now);
        }
        return onHandoff(deal, now, handoff -> {
            if (handoff.stage() == outcome.kind().stage() && outcome.amount() != null) {
                return reprice(deal, handoff, now); // the same stage again: only the amount may have changed
            }
            return close(deal, handoff, outcome, now);
        });
    }

    /** Finds and locks the deal's hand-off and settles there; not yet there (or not qualified yet) is UNMATCHED. */
    private CrmDeal onHandoff(CrmDeal deal, Instant now, java.util.function.Function<Handoff, CrmDeal> settle) {
        Optional<Handoff> target = lead(deal)
                .flatMap(lead -> handoffs.findByLead(lead).stream().findFirst())
                .flatMap(h -> handoffs.lock(h.id()));
        if (target.isEmpty()) {
            return deal.settled(CrmDealStatus.UNMATCHED, "no hand-off of a lead with this id or e-mail yet", null, now);
        }
        Handoff handoff = target.get();
        if (NOT_YET_QUALIFIED.contains(handoff.status())) {
            return deal.settled(
                    CrmDealStatus.UNMATCHED,
                    "the lead's hand-off is " + handoff.status() + ", not qualified yet",
                    handoff.id(),
                    now);
        }
        return settle.apply(handoff);
    }

    private CrmDeal reprice(CrmDeal deal, Handoff handoff, Instant now) {
        String source = deal.source().code();
        try {
            String refused = closing.reprice(
                    handoff, deal.amount(), deal.currency(), deal.receivedAt(), source, deal.dealId(), "crm:" + source);
            return refused == null
                    ? deal.settled(CrmDealStatus.APPLIED, null, handoff.id(), now)
                    : deal.settled(CrmDealStatus.IGNORED, refused, handoff.id(), now);
        } catch (InvalidValueException e) {
            return deal.settled(CrmDealStatus.REFUSED, e.field() + ": " + e.getMessage(), handoff.id(), now);
        }
    }

    private CrmDeal close(CrmDeal deal, Handoff handoff, Outcome outcome, Instant now) {
        try {
            closing.close(
                    handoff,
                    outcome,
                    deal.source().code(),
                    deal.dealId(),
                    "crm:" + deal.source().code());
            return deal.settled(CrmDealStatus.APPLIED, null, handoff.id(), now);
        } catch (HandoffDecisionRefusedException | OutcomeConflictException | IllegalStageTransitionException e) {
            return deal.settled(CrmDealStatus.REFUSED, e.getMessage(), handoff.id(), now);
        }
    }

    private Optional<LeadId> lead(CrmDeal deal) {
        if (deal.leadId() != null) {
            return Optional.of(deal.leadId());
        }
        return deal.email() == null ? Optional.empty() : profiles.findLeadByEmail(deal.email());
    }

    static CrmDealView view(CrmDeal d) {
        return new CrmDealView(
                d.id(),
                d.source().code(),
                d.dealId(),
                d.stage(),
                d.leadId() == null ? null : d.leadId().value().toString(),
                d.email(),
                d.amount(),
                d.currency(),
                d.receivedAt(),
                d.status().name().toLowerCase(java.util.Locale.ROOT),
                d.note(),
                d.handoffId() == null ? null : d.handoffId().value().toString(),
                d.appliedAt());
    }
}
