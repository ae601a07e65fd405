package io.leadflow.load;

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
 * Reads the suite's final state for every lead of a history, at the pace the gateway's per-user rate limit allows
 * ({@link PacedReader}: a 429 is waited out as its {@code Retry-After} says and asked again, never read as -1): scoring's view ({@code GET /api/v1/leads/{id}}), the
 * lead's hand-offs ({@code GET /api/v1/handoffs?leadId=}) and the engagement ids ingestion holds
 * ({@code GET /api/v1/leads/{id}/events}). Where that last path is not served yet, and for the ids behind scoring's
 * score (no API shows them), it reads the services' databases when it was given them.
 */
public final class FinalState {

    /** Events per page when reading a lead's history; ingestion allows up to 200. */
    static final int PAGE = 100;

    private static final int MAX_PAGES = 1000;

    private final PacedReader reader;
    private final SuiteDatabases databases;

    /**
     * @param reader the caller that reads (a marketing or admin token once the gateway checks them)
     * @param databases the services' databases for what the API does not show, or null for the API only
     */
    public FinalState(SuiteClient reader, SuiteDatabases databases) {
        this(PacedReader.of(reader), databases);
    }

    FinalState(PacedReader reader, SuiteDatabases databases) {
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
            List<String> missing =
                    emails.stream().filter(e -> !leadIds.containsKey(e)).toList();
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
            completed.put(
                    email,
                    new LeadState(
                            email,
                            state.leadId(),
                            state.scored(),
                            state.stage(),
                            state.score(),
                            state.reasons(),
                            state.qualified(),
                            api ? state.storedEventIds() : stored.getOrDefault(state.leadId(), Set.of()),
                            scored.getOrDefault(state.leadId(), Set.of()),
                            state.handoffs(),
                            api ? "api" : "database"));
        });
        return completed;
    }

    /**
     * The profile ingestion shows for each lead ({@code POST /api/v1/contacts/search}) and its nurturing
     * ({@code GET /api/v1/nurture/enrollments/{leadId}}, and the number of enrolments from nurturing's database).
     */
    public Map<String, LeadFollowUp> followUps(Map<String, LeadState> states) throws InterruptedException {
        List<String> known = states.values().stream()
                .map(LeadState::leadId)
                .filter(id -> id != null)
                .toList();
        Map<String, Integer> enrolments = databases == null ? Map.of() : databases.enrollments(known);
        Map<String, LeadFollowUp> followUps = new ConcurrentHashMap<>();
        Semaphore parallel = new Semaphore(16);
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (LeadState state : states.values()) {
                parallel.acquire();
                threads.submit(() -> {
                    try {
                        followUps.put(
                                state.email(),
                                followUp(
                                        state,
                                        state.leadId() == null ? -1 : enrolments.getOrDefault(state.leadId(), -1)));
                    } finally {
                        parallel.release();
                    }
                });
            }
        }
        return followUps;
    }

    private LeadFollowUp followUp(LeadState state, int enrolments) {
        try {
            SuiteClient.Answer contact = reader.contact(state.email());
            String status = null;
            int recycled = 0;
            if (state.leadId() != null) {
                SuiteClient.Answer enrolment = reader.get("/api/v1/nurture/enrollments/" + state.leadId());
                if (enrolment.status() == 200 && enrolment.body() != null) {
                    status = enrolment.body().path("status").asString(null);
                    recycled = enrolment.body().path("recycleCount").asInt(0);
                }
            }
            return new LeadFollowUp(
                    state.email(),
                    contact.status(),
                    contact.status() == 200 ? contact.body() : null,
                    status,
                    recycled,
                    enrolments);
        } catch (SuiteUnreachableException e) {
            return new LeadFollowUp(state.email(), 0, null, null, 0, enrolments);
        }
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
            boolean qualified = scored
                    && !lead.body().path("qualifiedAt").isNull()
                    && !lead.body().path("qualifiedAt").isMissingNode();
            Set<String> events = storedEvents(leadId);
            SuiteClient.Answer handoffs = reader.get("/api/v1/handoffs?leadId=" + leadId);
            int handoffCount = handoffs.status() == 200
                            && handoffs.body() != null
                            && handoffs.body().isArray()
                    ? handoffs.body().size()
                    : -1;
            return new LeadState(
                    email,
                    leadId,
                    scored,
                    stage,
                    score,
                    reasons,
                    qualified,
                    events,
                    null,
                    handoffCount,
                    events == null ? "none" : "api");
        } catch (SuiteUnreachableException e) {
            return new LeadState(email, leadId, false, null, 0, List.of(), false, null, null, -1, "unreachable");
        }
    }

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

    /**
     * The ids of {@code GET /api/v1/leads/{id}/events}, every page of it (newest first, {@value #PAGE} a page), or
     * null while that path is not served.
     */
    private Set<String> storedEvents(String leadId) {
        Set<String> ids = new HashSet<>();
        for (int page = 0; page < MAX_PAGES; page++) {
            SuiteClient.Answer answer =
                    reader.get("/api/v1/leads/" + leadId + "/events?size=" + PAGE + "&page=" + page);
            if (answer.status() != 200 || answer.body() == null) {
                return null;
            }
            JsonNode items =
                    answer.body().isArray() ? answer.body() : answer.body().path("items");
            if (!items.isArray()) {
                return null;
            }
            items.forEach(item -> ids.add(item.path("eventId").asString("")));
            long total = answer.body().path("total").asLong(-1);
            if (items.isEmpty() || answer.body().isArray() || total < 0 || (long) (page + 1) * PAGE >= total) {
                break;
            }
        }
        ids.remove("");
        return ids;
    }
}
