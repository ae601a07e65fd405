package io.leadflow.ingestion.application.port.in;

import io.leadflow.ingestion.domain.Engagement;
import java.util.List;

/** One page of a lead's engagements and how many there are in all. */
public record EngagementPage(List<Engagement> items, int page, int size, long total) {

    public EngagementPage {
        items = List.copyOf(items);
    }
}
