package io.leadflow.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.leadflow.console.application.InboxEntry;
import io.leadflow.console.application.port.out.HandoffApi;
import io.leadflow.support.testing.GatewayTokens;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The whole console starts, renders the inbox newest first and serves its own script and style. */
@SpringBootTest
@AutoConfigureMockMvc
class ConsoleApplicationTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    HandoffApi handoffs;

    @Test
    void a_rep_sees_their_inbox_newest_first_and_the_page_loads_its_script_and_style() throws Exception {
        given(handoffs.openHandoffsOf(any()))
                .willReturn(List.of(
                        entry(1, "older lead", Instant.parse("2026-12-01T08:00:00Z")),
                        entry(2, "newer lead", Instant.parse("2026-12-05T08:00:00Z"))));

        String page = mvc.perform(get("/inbox")
                        .header(GatewayTokens.HEADER, GatewayTokens.of("rep@example.com", "sales_rep"))
                        .header("Authorization", "Bearer token"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page.indexOf("newer lead")).isPositive().isLessThan(page.indexOf("older lead"));
        assertThat(page).contains("/assets/webjars/htmx.org/2.0.4/dist/htmx.min.js", "/assets/console.css");
        mvc.perform(get("/assets/webjars/htmx.org/2.0.4/dist/htmx.min.js")).andExpect(status().isOk());
        mvc.perform(get("/assets/console.css")).andExpect(status().isOk());
    }

    private static InboxEntry entry(int n, String reason, Instant assignedAt) {
        return new InboxEntry(new UUID(0, n), new UUID(1, n), "ASSIGNED", 60, false, assignedAt, List.of(reason));
    }
}
