package io.leadflow.handoff.domain;

/** Whether a notification still waits to be sent, reached the rep's tool, or was given up after its retries. */
public enum DeliveryState {
    PENDING,
    DELIVERED,
    FAILED
}
