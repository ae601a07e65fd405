package io.leadflow.handoff.application.port.out;

/**
 * What one delivery attempt achieved: whether the receiver took it, its status code if it answered, and why not
 * otherwise. A refusal or a network error is an outcome, not an exception, so that it is recorded and retried.
 */
public record DeliveryOutcome(boolean delivered, Integer status, String error) {

    public static DeliveryOutcome delivered(int status) {
        return new DeliveryOutcome(true, status, null);
    }

    public static DeliveryOutcome refused(int status, String error) {
        return new DeliveryOutcome(false, status, error);
    }

    public static DeliveryOutcome unreachable(String error) {
        return new DeliveryOutcome(false, null, error);
    }
}
