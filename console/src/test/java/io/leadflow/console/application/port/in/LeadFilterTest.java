package io.leadflow.console.application.port.in;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LeadFilterTest {

    @Test
    void blank_fields_filter_nothing_and_an_unknown_sort_or_page_falls_back_to_the_default() {
        LeadFilter filter = LeadFilter.of(" ", "", null, "  dach ", null, null, null, "no", "email", "sideways", "-3");

        assertThat(filter.filters()).containsExactly(java.util.Map.entry("segment", "dach"));
        assertThat(filter.sort()).isEqualTo("score");
        assertThat(filter.direction()).isEqualTo("desc");
        assertThat(filter.page()).isZero();
        assertThat(filter.narrowed()).isTrue();
    }

    @Test
    void only_leads_waiting_for_data_is_a_filter_kept_in_the_links() {
        LeadFilter waiting = LeadFilter.of(null, null, null, null, null, null, null, "TRUE", null, null, null);

        assertThat(waiting.needsData()).isEqualTo("true");
        assertThat(waiting.narrowed()).isTrue();
        assertThat(waiting.filters()).containsExactly(java.util.Map.entry("needsData", "true"));
    }

    @Test
    void a_second_click_on_the_sorted_column_turns_the_order_round() {
        LeadFilter byScore = LeadFilter.of(null, null, null, null, null, null, null, null, "score", "desc", "0");

        assertThat(byScore.nextDirection("score")).isEqualTo("asc");
        assertThat(byScore.nextDirection("updatedAt")).isEqualTo("desc");
        assertThat(byScore.narrowed()).isFalse();
    }
}
