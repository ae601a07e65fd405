package io.leadflow.scoring.domain;

import io.leadflow.kernel.InvalidValueException;

/** The range a model's scores are capped to, such as 0 to 100, so scores of one model compare. */
public record ScoreScale(int min, int max) {

    public ScoreScale {
        if (max <= min) {
            throw new InvalidValueException("scale", "scale.range", "a scale needs max above min, got " + min
                    + ".." + max);
        }
    }

    public int cap(int points) {
        return Math.max(min, Math.min(max, points));
    }

    /** Which quarter of the scale the value lies in: 1 for the top quarter, 4 for the bottom one. */
    public int quartileFromTop(int value) {
        int quarter = (int) Math.floor((cap(value) - min) * 4.0 / (max - min));
        return 4 - Math.min(quarter, 3);
    }
}
