package io.leadflow.console.application.service;

import io.leadflow.console.application.Caller;
import io.leadflow.console.application.InboxEntry;
import io.leadflow.console.application.port.in.FindInboxQuery;
import io.leadflow.console.application.port.out.HandoffApi;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;

@Service
class FindInboxService implements FindInboxQuery {

    private static final Comparator<InboxEntry> NEWEST_FIRST = Comparator.comparing(
                    InboxEntry::assignedAt, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(InboxEntry::id);

    private final HandoffApi handoffs;

    FindInboxService(HandoffApi handoffs) {
        this.handoffs = handoffs;
    }

    @Override
    public List<InboxEntry> findInbox(Caller caller) {
        return handoffs.openHandoffsOf(caller).stream().sorted(NEWEST_FIRST).toList();
    }
}
