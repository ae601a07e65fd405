package io.leadflow.nurturing.application.service;

import io.leadflow.kernel.testing.MutableClock;
import java.time.Instant;

/** Every port faked, wired as in production. */
final class FakePorts {
    final MutableClock clock;
    final InMemoryProcessedEvents processed = new InMemoryProcessedEvents();
    final InMemoryCatalogue tracks = new InMemoryCatalogue();
    final InMemoryEnrollments enrollments = new InMemoryEnrollments();
    final InMemorySteps steps = new InMemorySteps();
    final InMemoryTimers timers = new InMemoryTimers();
    final InMemoryRejectionLog rejections = new InMemoryRejectionLog(enrollments);
    final RecordingPublisher events = new RecordingPublisher();
    final CountingMetrics metrics = new CountingMetrics();
    final InMemorySettings settings = new InMemorySettings();
    final InMemoryLeadStates leads = new InMemoryLeadStates(enrollments);
    final RecordingAutomation automation = new RecordingAutomation();
    final InMemoryDeliveries deliveries = new InMemoryDeliveries();
    final InMemoryConsent consent = new InMemoryConsent();
    final NurturingServices.Ports ports;

    FakePorts(Instant start) {
        clock = new MutableClock(start);
        ports = new NurturingServices.Ports(
                processed,
                tracks,
                enrollments,
                steps,
                timers,
                rejections,
                events,
                metrics,
                settings,
                leads,
                automation,
                deliveries,
                period -> {
                    throw new UnsupportedOperationException("statistics are computed in SQL");
                },
                clock,
                consent);
        deliveries.stepsOf = lead -> steps.byId.values().stream()
                .filter(s -> enrollments.byId.get(s.enrollmentId()).leadId().equals(lead))
                .map(s -> s.id())
                .toList();
    }
}
