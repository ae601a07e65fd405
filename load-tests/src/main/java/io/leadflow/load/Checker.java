package io.leadflow.load;

import io.leadflow.deploy.traffic.SyntheticLeads;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares a history with the suite's final state. What it compares, per lead:
 * <ul>
 * <li><b>lost</b>: an accepted event id that ingestion does not hold, or an event ingestion holds (accepted or of
 * unknown outcome) that is not behind scoring's score; without readable ids, an accepted event missing from the
 * explanation's count for its type;</li>
 * <li><b>unexpected</b>: an id ingestion or scoring holds that the client never sent or that was refused;</li>
 * <li><b>double-counted</b>: the explanation counts more events of a type than the lead has (accepted, plus those
 * of unknown outcome when ids are not readable);</li>
 * <li><b>score mismatch</b>: the score is higher than {@link ScoringTable}'s undecayed, uncapped points for the
 * events the suite holds (decay and caps only lower a score, so more means an event counted twice)
 * (checked when they are known: ids readable, or no unknown outcomes);</li>
 * <li><b>hand-offs</b>: a lead that qualified must have exactly one hand-off;</li>
 * <li><b>dead letters</b>: every poison id must be in a DLQ, and nothing else.</li>
 * </ul>
 * With {@link Expectations}, a profile the suite may hold (accepted, or of unknown outcome) adds its fit points to
 * the ceiling, and a lead a rep rejected and that asked for a demo again may have a second hand-off (what it must
 * show then is {@link LifecycleChecker}'s). Profiles themselves are checked there too.
 */
public final class Checker {

    private static final int MAX_NOTES = 12;

    private Checker() {}

    /**
     * What the checker knows beyond the history.
     *
     * @param profiles the profile sent per e-mail (its outcome is in the history)
     * @param secondHandoff e-mails of leads that may have been handed to sales twice (rejected, then re-engaged)
     */
    public record Expectations(Map<String, SyntheticLeads.Person> profiles, Set<String> secondHandoff) {

        public static final Expectations NONE = new Expectations(Map.of(), Set.of());
    }

    public static ScenarioResult check(
            String scenario,
            Collection<Attempt> history,
            Map<String, LeadState> states,
            Collection<DeadLetter> deadLetters,
            Set<String> poisonIds) {
        return check(scenario, history, states, deadLetters, poisonIds, Expectations.NONE);
    }

    public static ScenarioResult check(
            String scenario,
            Collection<Attempt> history,
            Map<String, LeadState> states,
            Collection<DeadLetter> deadLetters,
            Set<String> poisonIds,
            Expectations expectations) {
        Map<String, List<Attempt>> byRequest = new LinkedHashMap<>();
        history.stream()
                .filter(a -> a.kind().equals(Attempt.EVENT))
                .forEach(a -> byRequest
                        .computeIfAbsent(a.requestId(), id -> new ArrayList<>())
                        .add(a));
        Map<String, Set<String>> acceptedByLead = new HashMap<>();
        Map<String, Set<String>> unknownByLead = new HashMap<>();
        Map<String, String> typeOf = new HashMap<>();
        Set<String> leads = new TreeSet<>();
        int accepted = 0;
        int refused = 0;
        int unknown = 0;
        for (List<Attempt> attempts : byRequest.values()) {
            Attempt first = attempts.getFirst();
            leads.add(first.email());
            typeOf.put(first.requestId(), first.type());
            Outcome outcome = outcome(attempts);
            switch (outcome) {
                case ACCEPTED -> {
                    accepted++;
                    acceptedByLead
                            .computeIfAbsent(first.email(), e -> new HashSet<>())
                            .add(first.requestId());
                }
                case REFUSED -> refused++;
                case UNKNOWN -> {
                    unknown++;
                    unknownByLead
                            .computeIfAbsent(first.email(), e -> new HashSet<>())
                            .add(first.requestId());
                }
            }
        }
        Map<String, List<Attempt>> profileAttempts = new HashMap<>();
        history.stream().filter(a -> a.kind().equals(Attempt.PROFILE)).forEach(a -> {
            leads.add(a.email());
            profileAttempts.computeIfAbsent(a.email(), e -> new ArrayList<>()).add(a);
        });
        Map<String, Set<String>> answeredLeadIds = new HashMap<>();
        history.stream()
                .filter(a -> a.leadId() != null)
                .forEach(a -> answeredLeadIds
                        .computeIfAbsent(a.email(), e -> new TreeSet<>())
                        .add(a.leadId()));

        List<String> notes = new ArrayList<>();
        answeredLeadIds.forEach((email, ids) -> {
            if (ids.size() > 1) {
                note(notes, "one e-mail, several lead ids in the answers: " + email + " " + ids);
            }
        });
        int lost = 0;
        int unexpected = 0;
        int doubleCounted = 0;
        int scoreMismatches = 0;
        int qualified = 0;
        int handoffViolations = 0;
        Set<String> idSources = new TreeSet<>();
        for (String email : leads) {
            Set<String> acceptedIds = acceptedByLead.getOrDefault(email, Set.of());
            Set<String> unknownIds = unknownByLead.getOrDefault(email, Set.of());
            LeadState state = states.getOrDefault(email, LeadState.unknown(email));
            idSources.add(state.source());
            Set<String> sent = new HashSet<>(acceptedIds);
            sent.addAll(unknownIds);

            // the events the suite holds that it may hold; null when it cannot be told
            List<String> heldTypes = null;
            int tolerance = 0;
            if (state.storedEventIds() != null) {
                for (String id : acceptedIds) {
                    if (!state.storedEventIds().contains(id)) {
                        lost++;
                        note(notes, "lost: " + email + " accepted " + typeOf.get(id) + " " + id + " not stored");
                    }
                }
                for (String id : state.storedEventIds()) {
                    if (!sent.contains(id)) {
                        unexpected++;
                        note(
                                notes,
                                "unexpected: " + email + " holds " + id
                                        + (typeOf.containsKey(id)
                                                ? " (" + typeOf.get(id) + ", refused)"
                                                : " (never sent)"));
                    }
                }
                heldTypes = new ArrayList<>();
                for (String id : state.storedEventIds()) {
                    if (sent.contains(id)) {
                        heldTypes.add(typeOf.get(id));
                    }
                }
                if (state.scoredEventIds() != null) {
                    for (String id : state.storedEventIds()) {
                        if (sent.contains(id) && !state.scoredEventIds().contains(id)) {
                            lost++;
                            note(notes, "lost: " + email + " " + typeOf.get(id) + " " + id + " stored, never scored");
                        }
                    }
                    for (String id : state.scoredEventIds()) {
                        if (!state.storedEventIds().contains(id)) {
                            unexpected++;
                            note(notes, "unexpected: " + email + " scored " + id + " which ingestion does not hold");
                        }
                    }
                }
            } else if (unknownIds.isEmpty()) {
                heldTypes = acceptedIds.stream().map(typeOf::get).toList();
            } else {
                heldTypes = acceptedIds.stream().map(typeOf::get).toList();
                tolerance = unknownIds.size();
            }

            if (!state.scored()) {
                if (!heldTypes.isEmpty() && state.storedEventIds() == null) {
                    lost += heldTypes.size();
                    note(
                            notes,
                            "lost: " + email + " has " + heldTypes.size() + " accepted events, scoring knows "
                                    + "no such lead");
                }
                continue;
            }
            Map<String, Integer> expectedByLabel = new HashMap<>();
            for (String type : heldTypes) {
                if (ScoringTable.points(type) != 0) {
                    expectedByLabel.merge(ScoringTable.label(type), 1, Integer::sum);
                }
            }
            Map<String, Integer> unknownByLabel = new HashMap<>();
            if (tolerance > 0) {
                unknownIds.forEach(id -> unknownByLabel.merge(ScoringTable.label(typeOf.get(id)), 1, Integer::sum));
            }
            Map<String, Integer> shown = ScoringTable.countsByLabel(state.reasons());
            Set<String> labels = new TreeSet<>(shown.keySet());
            labels.removeIf(label -> !ScoringTable.engagementLabel(label));
            labels.addAll(expectedByLabel.keySet());
            for (String label : labels) {
                int seen = shown.getOrDefault(label, 0);
                int expected = expectedByLabel.getOrDefault(label, 0);
                int excess = seen - expected - unknownByLabel.getOrDefault(label, 0);
                if (excess > 0) {
                    doubleCounted += excess;
                    note(notes, "double-counted: " + email + " shows " + label + " x" + seen + ", sent " + expected);
                } else if (seen < expected && state.storedEventIds() == null) {
                    lost += expected - seen;
                    note(notes, "lost: " + email + " shows " + label + " x" + seen + ", accepted " + expected);
                }
            }
            if (tolerance == 0) {
                // decay and the rules' caps only ever lower a score, so the table's undecayed, uncapped sum is a
                // ceiling: a score above it counts some event more than once; a profile the suite may hold adds the
                // most its fit rules can give
                List<Attempt> profile = profileAttempts.get(email);
                boolean profileHeld = profile != null && outcome(profile) != Outcome.REFUSED;
                int ceiling = ScoringTable.ceiling(
                        email, heldTypes, profileHeld ? expectations.profiles().get(email) : null);
                if (state.score() > ceiling) {
                    scoreMismatches++;
                    note(
                            notes,
                            "score: " + email + " shows " + state.score() + ", more than the " + ceiling + " its "
                                    + heldTypes.size() + " events can give");
                }
            }
            if (state.qualified()) {
                qualified++;
                boolean twice = expectations.secondHandoff().contains(email) && state.handoffs() == 2;
                if (state.handoffs() != 1 && !twice) {
                    handoffViolations++;
                    note(notes, "hand-offs: qualified " + email + " (" + state.leadId() + ") has " + state.handoffs());
                }
            }
        }

        int poisonDeadLettered = 0;
        int otherDeadLetters = 0;
        Set<String> seenPoison = new HashSet<>();
        for (DeadLetter letter : deadLetters) {
            if (letter.eventId() != null && poisonIds.contains(letter.eventId())) {
                if (seenPoison.add(letter.eventId())) {
                    poisonDeadLettered++;
                }
            } else {
                otherDeadLetters++;
                note(
                        notes,
                        "dead letter in " + letter.queue() + ": " + letter.eventType() + " " + letter.eventId() + " ("
                                + letter.reason() + ")");
            }
        }
        int attempts = (int)
                history.stream().filter(a -> a.kind().equals(Attempt.EVENT)).count();
        return new ScenarioResult(
                scenario,
                leads.size(),
                byRequest.size(),
                attempts,
                accepted,
                refused,
                unknown,
                lost,
                unexpected,
                doubleCounted,
                scoreMismatches,
                qualified,
                handoffViolations,
                otherDeadLetters,
                poisonIds.size(),
                poisonDeadLettered,
                0,
                ScenarioResult.Lifecycle.NONE,
                String.join("+", idSources),
                notes);
    }

    /** Accepted if any attempt was; otherwise refused if any attempt was; otherwise unknown. */
    static Outcome outcome(List<Attempt> attempts) {
        if (attempts.stream().anyMatch(a -> a.outcome() == Outcome.ACCEPTED)) {
            return Outcome.ACCEPTED;
        }
        if (attempts.stream().anyMatch(a -> a.outcome() == Outcome.REFUSED)) {
            return Outcome.REFUSED;
        }
        return Outcome.UNKNOWN;
    }

    private static void note(List<String> notes, String note) {
        if (notes.size() < MAX_NOTES) {
            notes.add(note);
        }
    }
}
