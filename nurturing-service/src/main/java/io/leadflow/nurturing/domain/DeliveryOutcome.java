package io.leadflow.nurturing.domain;

/** What one attempt to hand a step to the automation tool gave: delivered, or an error to retry after. */
public record DeliveryOutcome(boolean delivered, Integer statusCode, String error) {

    public static DeliveryOutcome ok(int statusCode) {
        return new DeliveryOutcome(true, statusCode, null);
    }

    public static DeliveryOutcome failed(Integer statusCode, String error) {
        return new DeliveryOutcome(false, statusCode, error == null ? "failed" : error);
    }
}
