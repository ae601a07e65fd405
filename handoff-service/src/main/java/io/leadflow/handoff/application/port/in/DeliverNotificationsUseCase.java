package io.leadflow.handoff.application.port.in;

/**
 * Sends the due notifications of one channel once each and records every outcome: delivered, retried later by the
 * retry schedule, or given up. Safe to run on every replica at once.
 */
public interface DeliverNotificationsUseCase {

    /** Returns how many notifications this round attempted. */
    int deliverNotifications(DeliverNotificationsCommand command);
}
