package io.leadflow.support.retention;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Tombstones of erased leads are never forgotten before the event ids that could let an old message in again. */
class RetentionPropertiesTest {

    private static RetentionRule rule(String table, String column, int days, boolean enabled) {
        return new RetentionRule(table, column, Duration.ofDays(days), null, List.of(), enabled);
    }

    private static RetentionProperties properties(RetentionRule tombstones) {
        return new RetentionProperties(
                true,
                Duration.ofHours(1),
                5000,
                Map.of(
                        RetentionProperties.PROCESSED_EVENTS,
                        rule("processed_event", "processed_at", 400, true),
                        RetentionProperties.TOMBSTONES,
                        tombstones));
    }

    @Test
    void tombstones_kept_as_long_as_processed_event_ids_or_longer_are_accepted() {
        assertThatCode(() -> properties(rule("erased_lead", "erased_at", 400, true)))
                .doesNotThrowAnyException();
        assertThatCode(() -> properties(rule("erased_lead", "erased_at", 800, true)))
                .doesNotThrowAnyException();
    }

    @Test
    void tombstones_kept_shorter_than_processed_event_ids_or_switched_off_are_refused() {
        assertThatThrownBy(() -> properties(rule("erased_lead", "erased_at", 399, true)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("erased-leads");
        assertThatThrownBy(() -> properties(rule("erased_lead", "erased_at", 400, false)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("processed-events");
    }
}
