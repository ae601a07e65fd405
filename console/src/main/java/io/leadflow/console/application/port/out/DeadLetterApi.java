package io.leadflow.console.application.port.out;

import io.leadflow.console.application.Caller;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Each service's dead letters, through the gateway ({@code /api/v1/admin/dead-letters/<service>}): the messages that
 * failed in its queues, why, and sending them back after a fix. The console keeps none of it.
 */
public interface DeadLetterApi {

    /** The services that keep dead letters, by the name their path uses. */
    List<String> SERVICES = List.of("ingestion", "scoring", "handoff", "nurturing");

    record QueueCount(String queue, long deadLetters) {}

    record DeadLetterRow(
            long id,
            String queue,
            String eventId,
            String eventType,
            String leadId,
            String failure,
            Instant deadLetteredAt) {}

    record ServiceDeadLetters(String service, List<QueueCount> queues, List<DeadLetterRow> deadLetters) {}

    record RedriveOutcome(List<Long> redriven, List<Long> notFound, Map<Long, String> failed) {}

    ServiceDeadLetters deadLetters(Caller caller, String service);

    RedriveOutcome redrive(Caller caller, String service, List<Long> ids);

    RedriveOutcome redriveAll(Caller caller, String service);

    void discard(Caller caller, String service, long id);
}
