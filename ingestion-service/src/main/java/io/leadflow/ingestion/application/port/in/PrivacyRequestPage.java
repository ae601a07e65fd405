package io.leadflow.ingestion.application.port.in;

import java.util.List;

/** One page of requests of one kind, newest first, and how many there are in all; items carry no document. */
public record PrivacyRequestPage(List<PrivacyRequestView> items, int page, int size, long total) {

    public PrivacyRequestPage {
        items = List.copyOf(items);
    }
}
