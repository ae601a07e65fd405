package io.leadflow.handoff.application.service;

import io.leadflow.handoff.application.port.in.HandoffView;
import io.leadflow.handoff.application.port.in.OutcomeConflictException;
import io.leadflow.handoff.application.port.out.DealOutcomes;
import io.leadflow.handoff.domain.Handoff;
import io.leadflow.handoff.domain.Outcome;
import io.leadflow.handoff.domain.OutcomeKind;
import io.leadflow.handoff.domain.RecordedOutcome;
import io.leadflow.handoff.domain.StageMove;
import io.leadflow.kernel.LifecycleStage;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Records an outcome on a locked hand-off, whoever tells it (a person through the API, or a CRM): a repeat of the
 * recorded outcome answers the hand-off as it is; a different story where the lead already stands at the outcome's
 * stage is a conflict naming the field; otherwise the lead moves, each move is announced with the deal's amount and
 * the rep, and the outcome is kept. The callers own the transaction and the lock.
 */
final class DealClosing {

    private final SalesDecisions decisions;
    private final DealOutcomes outcomes;

    DealClosing(SalesDecisions decisions, DealOutcomes outcomes) {
        this.decisions = decisions;
        this.outcomes = outcomes;
    }

    HandoffView close(Handoff handoff, Outcome outcome, String source, String dealId, String recordedBy) {
        if (handoff.stage() == outcome.kind().stage()) {
            Optional<RecordedOutcome> recorded = outcomes.latest(handoff.id());
            String differs =
                    recorded.map(r -> r.outcome().differingField(outcome)).orElse(null);
            if (differs == null) {
                return decisions.view(handoff);
            }
            throw new OutcomeConflictException(
                    differs,
                    differs + ".conflict",
                    "hand-off " + handoff.id() + " already has the outcome "
                            + describe(recorded.get().outcome()) + "; " + differs + " differs");
        }
        Instant now = decisions.now();
        List<StageMove> moves = handoff.recordOutcome(outcome.kind());
        HandoffView view = decisions.save(moves.getLast().handoff());
        outcomes.add(new RecordedOutcome(handoff.id(), outcome, source, dealId, recordedBy, now));
        for (StageMove move : moves) {
            boolean priced = move.to() == LifecycleStage.OPPORTUNITY || move.to() == LifecycleStage.WON;
            decisions.announceDealMove(
                    move.handoff(),
                    move.from(),
                    move.to(),
                    reason(move.to(), outcome, source),
                    now,
                    priced ? outcome.amount() : null,
                    outcome.currency());
        }
        decisions.metrics.decided(outcome.kind().name().toLowerCase(Locale.ROOT));
        return view;
    }

    /**
     * A CRM changed the amount of a deal whose stage stayed (an opportunity repriced, a won deal corrected): the new
     * amount is recorded (as the same outcome at the new amount) and announced, so the funnel's revenue follows; the
     * same amount again changes nothing, and an update that arrived before the recorded outcome (one kept waiting for its
     * lead) does not override it. Returns why nothing could change, or null when it did (or was a repeat).
     */
    String reprice(
            Handoff handoff,
            BigDecimal amount,
            String currency,
            Instant sent,
            String source,
            String dealId,
            String by) {
        Optional<RecordedOutcome> recorded = outcomes.latest(handoff.id());
        if (recorded.isPresent() && recorded.get().recordedAt().isAfter(sent)) {
            return "superseded: the deal's amount was recorded after this update arrived";
        }
        if (recorded.isEmpty()
                || recorded.get().outcome().kind() == OutcomeKind.LOST
                || recorded.get().outcome().kind().stage() != handoff.stage()) {
            return "the lead has no opened or won deal to change the amount of (it stands at " + handoff.stage() + ")";
        }
        Outcome before = recorded.get().outcome();
        Outcome after = new Outcome(before.kind(), amount, currency == null ? before.currency() : currency, null, null);
        if (before.differingField(after) == null) {
            return null;
        }
        Instant now = decisions.now();
        outcomes.add(new RecordedOutcome(handoff.id(), after, source, dealId, by, now));
        decisions.announceDealAmount(handoff, now, after.amount(), after.currency(), source);
        return null;
    }

    private static String reason(LifecycleStage to, Outcome outcome, String source) {
        String what = switch (to) {
            case OPPORTUNITY -> "opportunity opened";
            case WON -> "deal won";
            default ->
                "deal lost: " + outcome.lostReason().name().toLowerCase(Locale.ROOT)
                        + (outcome.note() == null ? "" : " (" + outcome.note() + ")");
        };
        return what + " (" + source + ")";
    }

    private static String describe(Outcome outcome) {
        return outcome.kind() == OutcomeKind.LOST
                ? "lost (" + outcome.lostReason().name().toLowerCase(Locale.ROOT) + ")"
                : outcome.kind().name().toLowerCase(Locale.ROOT) + " at "
                        + outcome.amount().toPlainString() + " " + outcome.currency();
    }
}
