package io.leadflow.console.application;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One page of rejected leads, newest first, as nurturing answered it, with the tracks in force (key to name) that the
 * list can be filtered by.
 */
public record RejectedLeadList(List<RejectedLead> leads, ListPaging paging, Map<String, String> tracks) {

    public RejectedLeadList {
        leads = List.copyOf(leads);
        tracks = Collections.unmodifiableMap(new LinkedHashMap<>(tracks));
    }
}
