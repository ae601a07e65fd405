package io.leadflow.nurturing.domain;

import io.leadflow.kernel.InvalidValueException;
import java.time.Duration;

/**
 * One piece of content a track sends, after a delay counted from the previous step (the first step: from the
 * enrolment). Marketing's automation tool receives the content and sends it; nurturing decides when.
 */
public record TrackStep(String name, String content, Duration delay) {

    public static final int MAX_NAME = 120;
    public static final int MAX_CONTENT = 4000;
    public static final Duration MAX_DELAY = Duration.ofDays(3660);

    public TrackStep {
        name = Texts.required(name, "name", "step.name", MAX_NAME);
        content = Texts.required(content, "content", "step.content", MAX_CONTENT);
        if (delay == null) {
            throw new InvalidValueException("delay", "step.delay.required", "a step needs a delay, e.g. P14D");
        }
        if (delay.isNegative()) {
            throw new InvalidValueException(
                    "delay", "step.delay.negative", "a step's delay cannot be negative, got " + delay);
        }
        if (delay.compareTo(MAX_DELAY) > 0) {
            throw new InvalidValueException("delay", "step.delay.max", "a step's delay is at most 3660 days");
        }
    }
}
