package io.leadflow.scoring.domain;

import io.leadflow.scoring.domain.model.EventMatcher;
import io.leadflow.scoring.domain.model.Rule;
import io.leadflow.scoring.domain.model.ScoringModel;
import java.util.HashMap;
import java.util.Map;

/**
 * A lead's incremental state under one model version: one {@link RuleState} per behaviour rule (keyed by rule id) and
 * one for the fast-track signals. Adding an event costs the number of rules, never the length of the history.
 */
public final class ModelState {

    /** The key of the fast-track signals' state. */
    public static final String FAST_TRACK = "$fast-track";

    private final Map<String, RuleState> rules;

    public ModelState(Map<String, RuleState> rules) {
        this.rules = new HashMap<>(rules);
    }

    public static ModelState empty() {
        return new ModelState(Map.of());
    }

    /** Counts an event into every rule it matches; the caller guarantees each event id is added once. */
    public void add(ScoringModel model, Engagement event) {
        for (Rule rule : model.rules()) {
            if (rule.isEventRule() && rule.event().matches(event)) {
                rules.put(
                        rule.id(),
                        state(rule.id())
                                .add(
                                        rule.points(),
                                        model.halfLifeOf(rule),
                                        event.occurredAt(),
                                        event.eventId(),
                                        rule.keep()));
            }
        }
        for (EventMatcher signal : model.fastTrack().events()) {
            if (signal.matches(event)) {
                rules.put(
                        FAST_TRACK,
                        state(FAST_TRACK).add(1, null, event.occurredAt(), event.eventId(), ScoringModel.EVENTS_SHOWN));
                break;
            }
        }
    }

    public RuleState state(String ruleId) {
        return rules.getOrDefault(ruleId, RuleState.empty());
    }

    /** The states by rule id, for storage. */
    public Map<String, RuleState> snapshot() {
        return Map.copyOf(rules);
    }
}
