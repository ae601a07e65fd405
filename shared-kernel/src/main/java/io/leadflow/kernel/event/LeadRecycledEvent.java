package io.leadflow.kernel.event;

import java.util.List;

/**
 * A nurtured lead re-engaged and goes back to sales; the count says how many times it has come round. The history is
 * the earlier cycles in readable lines, oldest first (rejections with reason and rep, tracks, steps sent), so that the
 * new hand-off can show sales what happened without asking nurturing.
 */
public record LeadRecycledEvent(EventMetadata metadata, String trigger, int recycleCount, List<String> history)
        implements IntegrationEvent {

    public static final String TYPE = "LeadRecycled";
    public static final int VERSION = 1;

    public LeadRecycledEvent {
        metadata.requireType(TYPE);
        Events.require(trigger, "trigger");
        history = history == null ? List.of() : List.copyOf(history);
    }
}
