package io.leadflow.deploy.load;

import io.leadflow.deploy.traffic.SuiteClient;
import io.leadflow.deploy.traffic.SuiteUnreachableException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import tools.jackson.databind.JsonNode;

/**
 * Reads the suite's final state for every lead of a history: scoring's view ({@code GET /api/v1/leads/{id}}), the
 * lead's hand-offs ({@code GET /api/v1/handoffs?leadId=}) and the engagement ids ingestion holds
 * ({@code GET /api/v1/leads/{id}/events}). Where that last path is not served yet, and for the ids behind scoring's
 * score (no API shows them), it reads the services' databases when it was given them.
 */
public final class FinalState {

    private final SuiteClient reader;
    private final SuiteDatabases databases;

    /**
     * @param reader the caller that reads (a marketing or admin token once the gateway checks them)
     * @param databases the services' databases for what the API does not show, or null for the API only
     */
    public FinalState(SuiteClient reader, SuiteDatabases databases) {
        this.reader = reader;
        this.databases = databases;
    }

    /** The state of every lead of {@code history}, by e-mail. */
    public Map<String, LeadState> read(Collection<Attempt> history) throws InterruptedException {
        Map<String, String> leadIds = new HashMap<>();
        Set<String> emails = new HashSet<>();
        for (Attempt attempt : history) {
            emails.add(attempt.email());
            if (attempt.leadId() != null) {
                leadIds.putIfAbsent(attempt.email(), attempt.leadId());
            }
        }
        if (databases != null) {
            List<String> missing = emails.stream().filter(e -> !leadIds.containsKey(e)).toList();
            if (!missing.isEmpty()) {
                databases.leadIds(missing).forEach(leadIds::putIfAbsent);
            }
        }
        Map<String, LeadState> states = new ConcurrentHashMap<>();
        Semaphore parallel = new Semaphore(16);
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (String email : emails) {
                String leadId = leadIds.get(email);
                if (leadId == null) {
                    states.put(email, LeadState.unknown(email));
                    continue;
                }
                parallel.acquire();
                threads.submit(() -> {
                    try {
                        states.put(email, readLead(email, leadId));
                    } finally {
                        parallel.release();
                    }
                });
            }
        }
        if (databases == null) {
            return states;
        }
        List<String> known = new ArrayList<>(leadIds.values());
        Map<String, Set<String>> stored = databases.storedEvents(known);
        Map<String, Set<String>> scored = databases.scoredEvents(known);
        Map<String, LeadState> completed = new HashMap<>();
        states.forEach((email, state) -> {
            if (state.leadId() == null) {
                completed.put(email, state);
                return;
            }
            boolean api = state.storedEventIds() != null;
            completed.put(email, new LeadState(email, state.leadId(), state.scored(), state.stage(), state.score(),
                    state.reasons(), state.qualified(),
                    api ? state.storedEventIds() : stored.getOrDefault(state.leadId(), Set.of()),
                    scored.getOrDefault(state.leadId(), Set.of()), state.handoffs(),
                    api ? "api" : "database"));
        });
        return completed;
    }

    private LeadState readLead(String email, String leadId) {
        try {
            SuiteClient.Answer lead = reader.get("/api/v1/leads/" + leadId);
            boolean scored = lead.status() == 200 && lead.body() != null;
            String stage = scored ? lead.body().path("stage").asString(null) : null;
            int score = scored ? lead.body().path("score").asInt(0) : 0;
            List<String> reasons = new ArrayList<>();
            if (scored) {
                currentReasons(lead.body()).forEach(r -> reasons.add(r.asString("")));
            }
            boolean qualified = scored && !lead.body().path("qualifiedAt").isNull()
                    && !lead.body().path("qualifiedAt").isMissingNode();
            Set<String> events = storedEvents(leadId);
            SuiteClient.Answer handoffs = reader.get("/api/v1/handoffs?leadId=" + leadId);
            int handoffCount = handoffs.status() == 200 && handoffs.body() != null && handoffs.body().isArray()
                    ? handoffs.body().size() : -1;
            return new LeadState(email, leadId, scored, stage, score, reasons, qualified, events, null,
                    handoffCount, events == null ? "none" : "api");
        } catch (SuiteUnreachableException e) {
            return new LeadState(email, leadId, false, null, 0, List.of(), false, null, null, -1, "unreachable");
        }
    }

    /** The ids of {@code GET /api/v1/leads/{id}/events}, or null while that path is not served. */
    /**
     * The lines of the score as it stands under the lead's segment model, not the frozen lines of its qualification
     * that the top-level {@code reasons} also carry (those count the events known back then).
     */
    private static JsonNode currentReasons(JsonNode lead) {
        String model = lead.path("model").asString("");
        for (JsonNode score : lead.path("scores")) {
            if (score.path("model").asString("").equals(model)) {
                return score.path("reasons");
            }
        }
        return lead.path("reasons");
    }

    private Set<String> storedEvents(String leadId) {
        SuiteClient.Answer answer = reader.get("/api/v1/leads/" + leadId + "/events");
        if (answer.status() != 200 || answer.body() == null) {
            return null;
        }
        JsonNode items = answer.body().isArray() ? answer.body() : answer.body().path("items");
        if (!items.isArray()) {
            items = answer.body().path("content");
        }
        if (!items.isArray()) {
            return null;
        }
        Set<String> ids = new HashSet<>();
        items.forEach(item -> ids.add(item.path("eventId").asString("")));
        ids.remove("");
        return ids;
    }
}
