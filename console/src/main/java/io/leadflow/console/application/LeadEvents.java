package io.leadflow.console.application;

import java.util.List;

/** The newest engagements of a lead and how many it has in all. */
public record LeadEvents(List<LeadEvent> newest, long total) {

    public LeadEvents {
        newest = List.copyOf(newest);
    }

    public static LeadEvents none() {
        return new LeadEvents(List.of(), 0);
    }
}
