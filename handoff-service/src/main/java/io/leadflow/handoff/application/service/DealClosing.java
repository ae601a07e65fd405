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
