package io.leadflow.deploy.manifest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What each service declares, publishes and consumes on RabbitMQ, read from its Spring Cloud Stream bindings: a
 * consumer binding names its destination (a topic exchange) and its group (the service), whose queue is
 * {@code <destination>.<group>} with the dead-letter queue {@code <queue>.dlq} bound to the binder's exchange
 * {@code DLX}; a producer binding names its destination and the required groups whose queues it declares.
 */
record MessageTopology(String service, Set<String> consumes, Map<String, List<String>> produces) {

    static final String DEAD_LETTER_EXCHANGE = "DLX";
    static final List<String> SERVICES =
            List.of("ingestion-service", "scoring-service", "handoff-service", "nurturing-service");

    @SuppressWarnings("unchecked")
    static MessageTopology of(String service) {
        Set<String> consumes = new LinkedHashSet<>();
        Map<String, List<String>> produces = new LinkedHashMap<>();
        ServiceConfig.of(service).map("spring.cloud.stream.bindings").forEach((name, value) -> {
            Map<String, Object> binding = (Map<String, Object>) value;
            String destination = String.valueOf(binding.get("destination"));
            if (binding.containsKey("group")) {
                if (!service.equals(binding.get("group"))) {
                    throw new AssertionError(
                            service + " binding " + name + " consumes as group " + binding.get("group"));
                }
                consumes.add(destination);
            }
            Object producer = binding.get("producer");
            if (producer instanceof Map<?, ?> settings && settings.get("required-groups") != null) {
                produces.put(
                        destination,
                        List.of(String.valueOf(settings.get("required-groups")).split(",")));
            }
        });
        return new MessageTopology(service, consumes, produces);
    }

    /** The queues this service consumes, with their dead-letter queues. */
    List<String> ownQueues() {
        List<String> queues = new ArrayList<>();
        consumes.forEach(destination -> queues.addAll(queueAndDlq(destination, service)));
        return queues;
    }

    /** The consumer queues this service declares as a producer (its required groups), with their dead-letter queues. */
    List<String> declaredQueues() {
        List<String> queues = new ArrayList<>();
        produces.forEach((destination, groups) -> groups.forEach(g -> queues.addAll(queueAndDlq(destination, g))));
        return queues;
    }

    /** Every exchange it declares: the destinations it consumes and produces. */
    Set<String> exchanges() {
        Set<String> exchanges = new LinkedHashSet<>(consumes);
        exchanges.addAll(produces.keySet());
        return exchanges;
    }

    static List<String> queueAndDlq(String destination, String group) {
        return List.of(destination + "." + group, destination + "." + group + ".dlq");
    }
}
