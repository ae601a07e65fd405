package io.leadflow.scoring.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.kernel.Channel;
import io.leadflow.kernel.EngagementType;
import io.leadflow.kernel.LeadId;
import io.leadflow.scoring.domain.Engagement;
import io.leadflow.scoring.domain.Models;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link LeadEventStore} does, whether it keeps events in memory or in PostgreSQL. */
public abstract class LeadEventStoreContract {

    private static final Instant T0 = Instant.parse("2026-11-02T10:00:00Z");

    protected abstract LeadEventStore events();

    private static Engagement at(long secondsAfterT0) {
        return Models.anEngagement(EngagementType.EMAIL_CLICKED, T0.plusSeconds(secondsAfterT0));
    }

    @Test
    void an_event_is_stored_once_by_its_id() {
        LeadId lead = LeadId.newId();
        Engagement event = at(0);

        assertThat(events().add(lead, event)).isTrue();
        assertThat(events().add(lead, event)).isFalse();

        assertThat(events().history(lead)).containsExactly(event);
        assertThat(events().count()).isEqualTo(1);
    }

    @Test
    void an_event_id_stored_for_one_lead_is_not_stored_again_for_another() {
        LeadId lead = LeadId.newId();
        LeadId other = LeadId.newId();
        Engagement event = at(0);
        events().add(lead, event);

        assertThat(events().add(other, event)).isFalse();

        assertThat(events().history(other)).isEmpty();
        assertThat(events().count()).isEqualTo(1);
    }

    @Test
    void a_leads_history_comes_oldest_first_with_everything_each_event_carried() {
        LeadId lead = LeadId.newId();
        Engagement custom = new Engagement(
                UUID.randomUUID(),
                EngagementType.CUSTOM,
                "partner_referral",
                Channel.SOCIAL,
                "partner-portal",
                "q4",
                Map.of("partner", "Initech", "tier", "gold"),
                T0.plusSeconds(20));
        Engagement first = at(0);
        Engagement bare = new Engagement(
                UUID.randomUUID(), EngagementType.WEBSITE_VISITED, null, null, null, null, null, T0.plusSeconds(10));
        events().add(lead, custom);
        events().add(lead, first);
        events().add(lead, bare);
        events().add(LeadId.newId(), at(5));

        assertThat(events().history(lead)).containsExactly(first, bare, custom);
    }

    @Test
    void a_lead_without_events_has_an_empty_history() {
        assertThat(events().history(LeadId.newId())).isEmpty();
        assertThat(events().count()).isZero();
    }

    @Test
    void histories_of_several_leads_come_each_oldest_first_and_leave_out_leads_without_events() {
        LeadId ada = LeadId.newId();
        LeadId bob = LeadId.newId();
        LeadId silent = LeadId.newId();
        Engagement adaLater = at(30);
        Engagement adaEarlier = at(10);
        Engagement bobs = at(20);
        events().add(ada, adaLater);
        events().add(bob, bobs);
        events().add(ada, adaEarlier);
        events().add(LeadId.newId(), at(0));

        Map<LeadId, List<Engagement>> histories = events().histories(List.of(ada, bob, silent));

        assertThat(histories).containsOnlyKeys(ada, bob);
        assertThat(histories.get(ada)).containsExactly(adaEarlier, adaLater);
        assertThat(histories.get(bob)).containsExactly(bobs);
        assertThat(events().histories(List.of())).isEmpty();
    }

    @Test
    void storing_several_leads_events_answers_the_ids_stored_now() {
        LeadId ada = LeadId.newId();
        LeadId bob = LeadId.newId();
        Engagement known = at(0);
        events().add(ada, known);
        Engagement adaNew = at(10);
        Engagement bobNew = at(20);

        var stored = events().addAll(Map.of(ada, List.of(known, adaNew), bob, List.of(bobNew)));

        assertThat(stored).containsExactlyInAnyOrder(adaNew.eventId(), bobNew.eventId());
        assertThat(events().count()).isEqualTo(3);
        assertThat(events().addAll(Map.of())).isEmpty();
    }
}
