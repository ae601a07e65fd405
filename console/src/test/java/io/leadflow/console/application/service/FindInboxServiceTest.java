package io.leadflow.console.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.console.application.Caller;
import io.leadflow.console.application.InboxEntry;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FindInboxServiceTest {

    private static final Caller REP = new Caller("rep@example.com", Set.of("sales_rep"), "token");

    @Test
    void lists_the_newest_hand_off_first_and_one_not_yet_assigned_last() {
        InboxEntry older = entry(1, Instant.parse("2026-12-01T10:00:00Z"));
        InboxEntry newer = entry(2, Instant.parse("2026-12-05T10:00:00Z"));
        InboxEntry unassigned = entry(3, null);
        FakeHandoffApi api = new FakeHandoffApi();
        api.inbox = List.of(older, unassigned, newer);
        FindInboxService inbox = new FindInboxService(api);

        assertThat(inbox.findInbox(REP)).containsExactly(newer, older, unassigned);
    }

    @Test
    void a_caller_never_prints_their_token() {
        assertThat(REP.toString()).contains("rep@example.com").doesNotContain("token");
    }

    private static InboxEntry entry(int n, Instant assignedAt) {
        return new InboxEntry(new UUID(0, n), new UUID(1, n), "ASSIGNED", 50 + n, false, assignedAt, List.of());
    }
}
