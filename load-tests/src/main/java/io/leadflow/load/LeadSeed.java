package io.leadflow.load;

import io.leadflow.deploy.traffic.SuiteClient;
import io.leadflow.deploy.traffic.SyntheticLeads;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Many leads made the way a marketing site makes them: Segment {@code /v1/batch} bodies with, for each synthetic lead,
 * an {@code identify} (name, title, company) and a {@code track} of its first engagement. Message ids are derived from
 * the tag and the lead's number, so a repeated run is answered as repeats.
 */
final class LeadSeed {

    private static final int MESSAGES_PER_BATCH = 200;
    private static final int MAX_ATTEMPTS = 10;

    private LeadSeed() {}

    /** Sends every lead's identify and first engagement, {@code clients} batches in flight; the tracks accepted. */
    static long send(SuiteClient source, List<SyntheticLeads.Lead> leads, String tag, int clients)
            throws InterruptedException, ExecutionException {
        Instant now = Instant.now();
        List<String> bodies = new ArrayList<>();
        List<Object> messages = new ArrayList<>();
        for (int i = 0; i < leads.size(); i++) {
            messages.add(identify(leads.get(i).person(), tag + "-" + i, now));
            messages.add(track(leads.get(i), tag + "-" + i, now));
            if (messages.size() >= MESSAGES_PER_BATCH || i == leads.size() - 1) {
                bodies.add(SuiteClient.json(Map.of("batch", messages)));
                messages = new ArrayList<>();
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<Long>> answers = new ArrayList<>();
            for (String body : bodies) {
                answers.add(pool.submit(() -> sendOne(source, body)));
            }
            long accepted = 0;
            for (Future<Long> answer : answers) {
                accepted += answer.get();
            }
            return accepted;
        } finally {
            pool.shutdown();
        }
    }

    /**
     * One batch, sent again while the gateway answers that the service is busy (a 5xx): its message ids make a resend
     * safe; an open circuit gets the rest the gateway asks for. The tracks accepted.
     */
    private static long sendOne(SuiteClient source, String body) throws InterruptedException {
        SuiteClient.Answer answer = source.post("/v1/batch", body);
        for (int attempt = 1; answer.status() >= 500 && attempt < MAX_ATTEMPTS; attempt++) {
            Thread.sleep(2_000L * attempt);
            answer = source.post("/v1/batch", body);
        }
        if (answer.status() != 200) {
            throw new IllegalStateException("/v1/batch answered " + answer.status() + ": " + answer.text());
        }
        return answer.body().path("accepted").asLong() / 2;
    }

    private static Map<String, Object> identify(SyntheticLeads.Person person, String id, Instant now) {
        Map<String, Object> company = new LinkedHashMap<>();
        company.put("name", person.company().name());
        company.put("industry", person.company().industry());
        company.put("employee_count", person.company().employees());
        Map<String, Object> traits = new LinkedHashMap<>();
        traits.put("email", person.email());
        traits.put("firstName", person.firstName());
        traits.put("lastName", person.lastName());
        traits.put("title", person.jobTitle());
        traits.put("seniority", person.seniority());
        traits.put("country", person.company().country());
        traits.put("company", company);
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("type", "identify");
        message.put("messageId", id + "-identify");
        message.put("userId", person.email());
        message.put("timestamp", now.toString());
        message.put("traits", traits);
        return message;
    }

    private static Map<String, Object> track(SyntheticLeads.Lead lead, String id, Instant now) {
        SyntheticLeads.Touch touch = lead.touches().getFirst();
        Map<String, Object> properties = new LinkedHashMap<>(touch.properties());
        properties.put("channel", touch.channel());
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("type", "track");
        message.put("messageId", id + "-track");
        message.put("userId", lead.person().email());
        message.put("event", touch.type());
        message.put("timestamp", now.minus(touch.before()).toString());
        message.put("properties", properties);
        message.put("context", Map.of("campaign", Map.of("name", touch.campaign(), "source", touch.source())));
        return message;
    }
}
