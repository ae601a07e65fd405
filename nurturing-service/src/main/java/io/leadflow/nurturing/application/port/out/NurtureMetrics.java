package io.leadflow.nurturing.application.port.out;

/** Counts what marketing and operations watch on dashboards; tags are low-cardinality codes only. */
public interface NurtureMetrics {

    /** A lead was enrolled; {@code reason} is the rejection reason code or {@code below_threshold}. */
    void enrolled(String reason);

    void stepSent();

    void recycled();

    /** A step reached the automation tool (counted as a webhook notification). */
    void webhookDelivered();

    /** One attempt to reach the automation tool failed. */
    void webhookFailed();
}
