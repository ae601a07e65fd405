package io.leadflow.console.application;

import java.util.List;

/** The funnel to revenue by one grouping, with the total of all groups (null when nothing entered the funnel). */
public record FunnelReport(List<FunnelRow> rows, FunnelRow total) {

    public FunnelReport {
        rows = List.copyOf(rows);
    }
}
