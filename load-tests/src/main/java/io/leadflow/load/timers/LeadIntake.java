package io.leadflow.load.timers;

import io.leadflow.deploy.traffic.SuiteClient;
import io.leadflow.deploy.traffic.SuiteUnreachableException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Brings the proof's leads in as a marketing tool would: one demo request each, through the gateway with the event
 * source's API key, at a steady rate; a demo request scores 50, the default model's threshold, so each lead
 * qualifies and is handed to sales. A request without an answer is sent again with the same idempotency key.
 */
final class LeadIntake {

    private static final int IN_FLIGHT = 16;
    private static final int ATTEMPTS = 8;

    private LeadIntake() {}

    /** The lead id ingestion answered for each e-mail; an e-mail missing from the answer was never accepted. */
    static Map<String, String> send(SuiteClient source, List<String> emails, long perSecond)
            throws InterruptedException {
        Map<String, String> leadIds = new ConcurrentHashMap<>();
        Semaphore inFlight = new Semaphore(IN_FLIGHT);
        long start = System.nanoTime();
        try (ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < emails.size(); i++) {
                long due = start + TimeUnit.SECONDS.toNanos(i) / perSecond;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                String email = emails.get(i);
                inFlight.acquire();
                senders.execute(() -> {
                    try {
                        String leadId = sendOne(source, email);
                        if (leadId != null) {
                            leadIds.put(email, leadId);
                        }
                    } finally {
                        inFlight.release();
                    }
                });
            }
        }
        return Map.copyOf(leadIds);
    }

    private static String sendOne(SuiteClient source, String email) {
        String key = UUID.nameUUIDFromBytes(("timer-proof:" + email).getBytes()).toString();
        String body = SuiteClient.json(Map.of(
                "type",
                "demo_requested",
                "occurredAt",
                Instant.now().toString(),
                "email",
                email,
                "channel",
                "contact_form",
                "source",
                "website",
                "campaign",
                "timer-proof"));
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                SuiteClient.Answer answer = source.post("/api/v1/events", body, Map.of("Idempotency-Key", key));
                if (answer.ok() && answer.body() != null) {
                    return answer.body().path("leadId").asString();
                }
                if (answer.status() >= 400
                        && answer.status() < 500
                        && answer.status() != 408
                        && answer.status() != 429) {
                    return null;
                }
            } catch (SuiteUnreachableException e) {
                // no answer: send it again, the key makes it count once
            }
            pause(Duration.ofMillis(250L * attempt));
        }
        return null;
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
