package io.leadflow.console.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ConsolePageTest {

    @Test
    void each_role_is_offered_the_areas_whose_api_it_may_use() {
        assertThat(ConsolePage.offeredTo(Set.of("sales_rep"))).containsExactly(ConsolePage.INBOX, ConsolePage.ACCOUNTS);
        assertThat(ConsolePage.offeredTo(Set.of("marketing")))
                .containsExactly(
                        ConsolePage.LEADS,
                        ConsolePage.ACCOUNTS,
                        ConsolePage.MODELS,
                        ConsolePage.PREDICTIVE_MODELS,
                        ConsolePage.REJECTED,
                        ConsolePage.TRACKS,
                        ConsolePage.REPORTS,
                        ConsolePage.FUNNEL);
        assertThat(ConsolePage.offeredTo(Set.of("admin")))
                .contains(ConsolePage.ADMIN, ConsolePage.TEAM, ConsolePage.PRIVACY, ConsolePage.PREDICTIVE_MODELS);
        assertThat(ConsolePage.offeredTo(Set.of("privacy_officer"))).containsExactly(ConsolePage.PRIVACY);
        assertThat(ConsolePage.offeredTo(Set.of("source"))).isEmpty();
    }

    @Test
    void a_path_belongs_to_the_area_it_starts_with_and_only_at_a_segment_boundary() {
        assertThat(ConsolePage.of("/leads/0000-1")).contains(ConsolePage.LEADS);
        assertThat(ConsolePage.of("/leads")).contains(ConsolePage.LEADS);
        assertThat(ConsolePage.of("/leadsx")).isEmpty();
        assertThat(ConsolePage.of("/admin/api-keys")).contains(ConsolePage.ADMIN);
    }

    @Test
    void a_download_belongs_to_the_area_it_is_named_after() {
        assertThat(ConsolePage.of("/rejected.csv")).contains(ConsolePage.REJECTED);
        assertThat(ConsolePage.of("/rejectedx.csv")).isEmpty();
    }
}
