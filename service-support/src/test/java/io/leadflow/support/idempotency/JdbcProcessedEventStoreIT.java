package io.leadflow.support.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.support.SupportIT;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

class JdbcProcessedEventStoreIT extends SupportIT {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    private JdbcProcessedEventStore store() {
        return new JdbcProcessedEventStore(jdbc);
    }

    @Test
    void an_event_is_new_the_first_time_and_a_redelivery_the_second() {
        UUID eventId = UUID.randomUUID();

        assertThat(store().firstSeen(eventId)).isTrue();
        assertThat(store().firstSeen(eventId)).isFalse();
    }

    @Test
    void of_many_ids_only_those_not_seen_before_are_new_and_a_repeated_id_counts_once() {
        UUID seen = UUID.randomUUID();
        UUID fresh = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        store().firstSeen(seen);

        assertThat(store().firstSeen(List.of(seen, fresh, other, fresh))).containsExactlyInAnyOrder(fresh, other);
        assertThat(store().firstSeen(List.of())).isEmpty();
        assertThat(store().firstSeen(other)).isFalse();
    }

    @Test
    void an_id_recorded_in_a_transaction_that_rolls_back_is_new_again() {
        UUID eventId = UUID.randomUUID();

        transactions.executeWithoutResult(status -> {
            assertThat(store().firstSeen(eventId)).isTrue();
            status.setRollbackOnly();
        });

        assertThat(store().firstSeen(eventId)).isTrue();
    }
}
