package io.leadflow.console.application;

import java.util.List;

/** A page of recent requests of one kind, newest first, and where the page stands in the whole list. */
public record PrivacyRequestList(List<PrivacyRequest> items, ListPaging paging) {

    public PrivacyRequestList {
        items = List.copyOf(items);
    }
}
