package io.leadflow.handoff.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
    void of_some_leads_the_erased_ones_are_named() {
        UUID erased = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        erase(erased);

        assertThat(processed().erased(List.of(erased, other))).containsExactly(erased);
    }
}
