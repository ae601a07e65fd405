package io.leadflow.handoff.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.handoff.domain.Priority;
import io.leadflow.handoff.domain.SlaPolicy;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@link SlaPolicies} store does, whether it keeps policies in memory or in PostgreSQL. */
public abstract class SlaPoliciesContract {

    protected abstract SlaPolicies policies();

    @Test
    void a_priority_without_a_stored_policy_has_the_default_one() {
        assertThat(policies().find(Priority.HOT)).isEqualTo(SlaPolicy.defaults(Priority.HOT));
        assertThat(policies().findAll())
                .containsExactly(SlaPolicy.defaults(Priority.HOT), SlaPolicy.defaults(Priority.NORMAL));
    }

    @Test
    void a_saved_policy_is_found_again_and_a_second_save_replaces_it() {
        SlaPolicy first =
                new SlaPolicy(Priority.NORMAL, Duration.ofHours(2), Duration.ofDays(2), List.of(25, 75), false);
        SlaPolicy second =
                new SlaPolicy(Priority.NORMAL, Duration.ofMinutes(90), Duration.ofHours(30), List.of(), true);

        policies().save(first);
        assertThat(policies().find(Priority.NORMAL)).isEqualTo(first);

        policies().save(second);
        assertThat(policies().find(Priority.NORMAL)).isEqualTo(second);
        assertThat(policies().findAll()).containsExactly(SlaPolicy.defaults(Priority.HOT), second);
    }
}
