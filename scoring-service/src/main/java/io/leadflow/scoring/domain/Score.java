package io.leadflow.scoring.domain;

import java.util.List;

/**
 * A lead's score on its model's scale with the reasons behind it, biggest influence first.
 *
 * @param value the points, capped to the model's scale
 * @param reasons every rule that added or took away points
 */
public record Score(int value, List<ScoreReason> reasons) {

    public Score {
        reasons = List.copyOf(reasons);
    }

    /** The reasons as sentences, for people and for the events that carry them. */
    public List<String> explanation() {
        return reasons.stream().map(ScoreReason::text).toList();
    }
}
