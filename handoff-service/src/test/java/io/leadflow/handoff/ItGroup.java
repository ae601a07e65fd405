package io.leadflow.handoff;

import java.util.List;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * An IT class's own consumer group on the shared broker: its queues (and their dead-letter queues) are its own, so
 * classes and parallel checkouts never take each other's messages, and they expire once no test uses them.
 */
final class ItGroup {

    private static final int UNUSED_QUEUE_EXPIRES_MS = 10 * 60 * 1000;
    private static final List<String> CONSUMERS =
            List.of("onLifecycleEvent-in-0", "onProfileEvent-in-0", "onConsentChanged-in-0", "onPrivacyRequest-in-0");

    private ItGroup() {}

    /** A group name unique to this run, starting with {@code prefix}. */
    static String named(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Hand-off consumes lifecycle, profile, consent and privacy events in the group's own queues. */
    static void consumeAs(DynamicPropertyRegistry registry, String group) {
        for (String binding : CONSUMERS) {
            registry.add("spring.cloud.stream.bindings." + binding + ".group", () -> group);
            registry.add(
                    "spring.cloud.stream.rabbit.bindings." + binding + ".consumer.expires",
                    () -> UNUSED_QUEUE_EXPIRES_MS);
            registry.add(
                    "spring.cloud.stream.rabbit.bindings." + binding + ".consumer.dlq-expires",
                    () -> UNUSED_QUEUE_EXPIRES_MS);
        }
    }

    /** What hand-off publishes on {@code lead.lifecycle} also reaches the group's queue, for the test to read. */
    static void receiveLifecycle(DynamicPropertyRegistry registry, String group) {
        registry.add("spring.cloud.stream.bindings[lead.lifecycle].producer.required-groups", () -> group);
        registry.add(
                "spring.cloud.stream.rabbit.bindings[lead.lifecycle].producer.expires", () -> UNUSED_QUEUE_EXPIRES_MS);
        registry.add(
                "spring.cloud.stream.rabbit.bindings[lead.lifecycle].producer.dlq-expires",
                () -> UNUSED_QUEUE_EXPIRES_MS);
    }
}
