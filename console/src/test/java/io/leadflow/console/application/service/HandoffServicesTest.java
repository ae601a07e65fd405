package io.leadflow.console.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadflow.console.application.ApiRefusal;
import io.leadflow.console.application.Caller;
import io.leadflow.console.application.HandoffTimelineEvent;
import io.leadflow.console.application.port.in.HandoffDecision;
import io.leadflow.console.application.port.in.SalesLeadForm;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class HandoffServicesTest {

    private static final Caller REP = new Caller("rep@example.com", Set.of("sales_rep"), "token");

    private final FakeHandoffApi api = new FakeHandoffApi();

    @Test
    void a_timeline_the_events_api_refuses_leaves_the_page_with_an_empty_timeline() {
        api.timelineRefusal = new ApiRefusal(404, "no lead with id", Map.of());

        assertThat(new FindHandoffService(api).timelineOf(REP, UUID.randomUUID()))
                .isEmpty();
    }

    @Test
    void the_timeline_comes_as_the_api_lists_it() {
        var event = new HandoffTimelineEvent("page_view", "web", Instant.parse("2026-12-05T09:00:00Z"));
        api.timeline = List.of(event);

        assertThat(new FindHandoffService(api).timelineOf(REP, UUID.randomUUID()))
                .containsExactly(event);
    }

    @Test
    void a_hand_off_the_api_refuses_stays_refused() {
        assertThatThrownBy(() -> new FindHandoffService(api).findHandoff(REP, UUID.randomUUID()))
                .isInstanceOf(ApiRefusal.class)
                .hasMessageStartingWith("no hand-off with id");
    }

    @Test
    void decisions_and_sales_leads_go_to_the_api_as_they_came() {
        var reject = new HandoffDecision.Reject("timing", null);
        var form = new SalesLeadForm("jane@acme.example", "Jane", null, null, null, null);

        new DecideHandoffService(api).decide(REP, UUID.randomUUID(), reject);
        UUID id = new SalesLeadHandoffService(api).registerSalesLead(REP, form);

        assertThat(api.asked).containsExactly(reject, form);
        assertThat(id).isEqualTo(api.created);
    }
}
