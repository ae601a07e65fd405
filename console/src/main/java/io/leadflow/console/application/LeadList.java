package io.leadflow.console.application;

import java.util.List;

/** One page of the lead list as scoring answered it. */
public record LeadList(List<LeadSummary> leads, ListPaging paging) {

    public LeadList {
        leads = List.copyOf(leads);
    }
}
