package io.leadflow.scoring.domain;

import java.util.List;

/**
 * Nurturing's request to bring a lead back to sales: what re-engaged it, and the earlier cycles in readable lines
 * (rejections, tracks, steps), which travel with the new qualification so that sales sees the lead's history.
 */
public record RecycleRequest(String trigger, List<String> history) {

    public RecycleRequest {
        trigger = trigger == null ? "" : trigger;
        history = history == null ? List.of() : List.copyOf(history);
    }
}
