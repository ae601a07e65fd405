package io.leadflow.scoring.domain.predictive;

import io.leadflow.kernel.LifecycleStage;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * How a lead's deal ended, as its lifecycle timeline says: WON is a positive example, LOST a negative one. A lead that
 * reached both (a lost deal reopened and won, say) counts by the later of the two.
 *
 * @param at when the outcome became known: the first time the lead reached that stage
 */
public record Outcome(boolean won, Instant at) {

    public static Optional<Outcome> of(Map<LifecycleStage, Instant> reached) {
        Instant won = reached.get(LifecycleStage.WON);
        Instant lost = reached.get(LifecycleStage.LOST);
        if (won == null && lost == null) {
            return Optional.empty();
        }
        if (lost == null || won != null && !won.isBefore(lost)) {
            return Optional.of(new Outcome(true, won));
        }
        return Optional.of(new Outcome(false, lost));
    }

    public float label() {
        return won ? 1f : 0f;
    }
}
