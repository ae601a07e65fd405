package io.leadflow.nurturing.application.service;

import io.leadflow.nurturing.application.port.out.NurtureMetrics;
import java.util.ArrayList;
import java.util.List;

/** Counts enrolments (by reason), sent steps and recycled leads instead of reporting them to Micrometer. */
final class CountingMetrics implements NurtureMetrics {
    final List<String> enrolled = new ArrayList<>();
    int steps;
    int recycled;

    @Override
    public void enrolled(String reason) {
        enrolled.add(reason);
    }

    @Override
    public void stepSent() {
        steps++;
    }

    @Override
    public void recycled() {
        recycled++;
    }

    @Override
    public void webhookDelivered() {}

    @Override
    public void webhookFailed() {}
}
