package io.leadflow.scoring.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link ProcessedEvents} store does, whether it keeps event ids in memory or in PostgreSQL. */
public abstract class ProcessedEventsContract {

    protected abstract ProcessedEvents processed();

    @Test
    void an_event_is_seen_for_the_first_time_once() {
        UUID event = UUID.randomUUID();

        assertThat(processed().firstSeen(event)).isTrue();
        assertThat(processed().firstSeen(event)).isFalse();
        assertThat(processed().firstSeen(event)).isFalse();
    }

    @Test
    void recording_one_event_leaves_every_other_event_unseen() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        processed().firstSeen(first);

        assertThat(processed().firstSeen(second)).isTrue();
        assertThat(processed().firstSeen(first)).isFalse();
    }

    @Test
    void a_batch_answers_only_the_events_not_seen_before_and_records_them() {
        UUID before = UUID.randomUUID();
        UUID fresh = UUID.randomUUID();
        UUID alsoFresh = UUID.randomUUID();
        processed().firstSeen(before);

        assertThat(processed().firstSeen(List.of(fresh, before, alsoFresh)))
                .containsExactlyInAnyOrder(fresh, alsoFresh);
        assertThat(processed().firstSeen(fresh)).isFalse();
        assertThat(processed().firstSeen(alsoFresh)).isFalse();
        assertThat(processed().firstSeen(List.of(before, fresh, alsoFresh))).isEmpty();
    }

    @Test
    void an_event_named_twice_in_one_batch_is_seen_for_the_first_time_once() {
        UUID event = UUID.randomUUID();

        assertThat(processed().firstSeen(List.of(event, event))).containsExactly(event);
        assertThat(processed().firstSeen(event)).isFalse();
    }

    @Test
    void an_empty_batch_records_nothing() {
        assertThat(processed().firstSeen(List.of())).isEmpty();
    }

    /** Makes the lead erased, as an erasure's transaction does. */
    protected abstract void erase(UUID leadId);

    @Test
    void an_event_about_an_erased_lead_is_never_first_seen_and_other_leads_are_untouched() {
        UUID erased = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        assertThat(processed().firstSeen(UUID.randomUUID(), erased)).isTrue();

        erase(erased);

        assertThat(processed().firstSeen(UUID.randomUUID(), erased)).isFalse();
        assertThat(processed().firstSeen(UUID.randomUUID(), other)).isTrue();
    }

    @Test
    void a_batch_leaves_out_the_events_about_erased_leads_and_redeliveries() {
        UUID erased = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        UUID before = UUID.randomUUID();
        UUID late = UUID.randomUUID();
        UUID fresh = UUID.randomUUID();
        processed().firstSeen(before, other);
        erase(erased);

        assertThat(processed().firstSeen(Map.of(before, other, late, erased, fresh, other)))
                .containsExactly(fresh);
    }
}
