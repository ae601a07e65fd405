package io.leadflow.nurturing.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A sent step, or a notice of an enrolment, exit or recycle, on its way to marketing's automation tool: its id (the
 * step's or the notice's id, sent as the message id on every attempt so the tool can drop repeats), the target, the exact body, and how many attempts were made so far.
 */
public record StepDelivery(UUID id, String target, String payload, int attempts, Instant createdAt) {

    public StepDelivery {
        if (id == null || target == null || payload == null || createdAt == null || attempts < 0) {
            throw new IllegalArgumentException("a step delivery needs an id, a target, a payload and a time");
        }
    }
}
