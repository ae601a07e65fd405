package io.leadflow.handoff.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.kernel.LeadId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@link LeadHistories} store does, whether it keeps histories in memory or in PostgreSQL. */
public abstract class LeadHistoriesContract {

    protected abstract LeadHistories histories();

    @Test
    void a_lead_never_recycled_has_no_history() {
        assertThat(histories().find(LeadId.newId())).isEmpty();
    }

    @Test
    void the_history_of_the_latest_recycle_replaces_the_earlier_one() {
        LeadId lead = LeadId.newId();
        histories().replace(lead, 1, List.of("rejected: timing"));
        histories().replace(lead, 2, List.of("rejected: timing", "rejected: no budget"));

        assertThat(histories().find(lead)).containsExactly("rejected: timing", "rejected: no budget");
    }

    @Test
    void an_earlier_recycle_arriving_late_does_not_replace_the_history_of_a_later_one() {
        LeadId lead = LeadId.newId();
        LeadId other = LeadId.newId();
        histories().replace(lead, 2, List.of("rejected: timing", "rejected: no budget"));
        histories().replace(other, 1, List.of("rejected: competitor"));

        histories().replace(lead, 1, List.of("rejected: timing"));

        assertThat(histories().find(lead)).containsExactly("rejected: timing", "rejected: no budget");
        assertThat(histories().find(other)).containsExactly("rejected: competitor");
    }
}
