package io.leadflow.nurturing.application.port.in;

import java.util.List;

/** One page of rejected leads, newest first, with the total that matches the filter. */
public record RejectedLeadPage(List<RejectedLeadView> items, int page, int size, long total) {

    public RejectedLeadPage {
        items = List.copyOf(items);
    }
}
