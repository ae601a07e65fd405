package io.leadflow.console.adapter.in.web;

import static io.leadflow.console.adapter.in.web.ReportControllerTest.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.leadflow.console.application.ConversionRow;
import io.leadflow.console.application.port.in.FindReportsQuery;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

@WebMvcTest(FunnelController.class)
class FunnelControllerTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    FindReportsQuery reports;

    @Test
    void shows_mql_sal_sql_by_channel_with_all_channels_together_as_chart_and_table() throws Exception {
        given(reports.conversion(
                        any(),
                        eq(Instant.parse("2026-10-01T00:00:00Z")),
                        eq(Instant.parse("2026-11-01T00:00:00Z")),
                        eq("channel")))
                .willReturn(List.of(
                        new ConversionRow("web", 30, 15, 6, 0.5, 0.4),
                        new ConversionRow("events", 10, 5, 4, 0.5, 0.8)));

        String page = mvc.perform(as("marketing", get("/funnel?from=2026-10-01&to=2026-10-31")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page).contains("id=\"funnel-table\"", ">web<", ">events<", "All channels", ">40<", ">20<", ">10<");
        assertThat(page).contains(">50.0 %<", ">80.0 %<");
        JsonNode chart = ChartData.of(page, "funnel-chart");
        assertThat(chart.path("labels").toString()).isEqualTo("[\"web\",\"events\",\"All channels\"]");
        assertThat(chart.path("series").findValuesAsString("name")).containsExactly("MQL", "SAL", "SQL");
        assertThat(chart.path("series").get(0).path("values").toString()).isEqualTo("[30.0,10.0,40.0]");
        assertThat(chart.path("series").get(2).path("values").toString()).isEqualTo("[6.0,4.0,10.0]");
    }

    @Test
    void an_empty_period_says_what_to_do_and_draws_no_chart() throws Exception {
        given(reports.conversion(any(), any(), any(), any())).willReturn(List.of());

        String page = mvc.perform(as("sales_manager", get("/funnel")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page).contains("No MQLs were handed off in this period").doesNotContain("data-chart");
    }

    @Test
    void a_rep_may_not_open_the_funnel() throws Exception {
        mvc.perform(as("sales_rep", get("/funnel"))).andExpect(status().isForbidden());
        Mockito.verifyNoInteractions(reports);
    }
}
