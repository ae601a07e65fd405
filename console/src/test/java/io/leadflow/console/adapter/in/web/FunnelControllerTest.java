package io.leadflow.console.adapter.in.web;

import static io.leadflow.console.adapter.in.web.ReportControllerTest.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.leadflow.console.application.FunnelReport;
import io.leadflow.console.application.FunnelRow;
import io.leadflow.console.application.StalledSqlRow;
import io.leadflow.console.application.port.in.FindReportsQuery;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

@WebMvcTest(FunnelController.class)
class FunnelControllerTest {

    private static final Instant FROM = Instant.parse("2026-10-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-11-01T00:00:00Z");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    FindReportsQuery reports;

    @Test
    void shows_each_campaign_from_mql_to_won_with_its_revenue_and_all_leads_together() throws Exception {
        FunnelRow spring = new FunnelRow("spring", 30, 15, 6, 4, 2, 1, Map.of("EUR", new BigDecimal("30500")));
        FunnelRow fair = new FunnelRow("trade-fair", 10, 5, 4, 2, 1, 0, Map.of("USD", new BigDecimal("900.5")));
        FunnelRow total = new FunnelRow(
                "total", 40, 20, 10, 6, 3, 1, Map.of("EUR", new BigDecimal("30500"), "USD", new BigDecimal("900.5")));
        given(reports.funnel(any(), eq(FROM), eq(TO), eq("campaign")))
                .willReturn(new FunnelReport(List.of(spring, fair), total));
        given(reports.stalledSqls(any(), eq(FROM), eq(TO))).willReturn(List.of());

        String page = mvc.perform(as("marketing", get("/funnel?from=2026-10-01&to=2026-10-31&by=campaign")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .contains("id=\"funnel-table\"", ">spring<", ">trade-fair<", "All leads", ">Campaign<")
                .contains(">30500.00 EUR<", ">900.50 USD<", ">30500.00 EUR, 900.50 USD<")
                .contains(">6.7 %<", "<option value=\"campaign\" selected=\"selected\">Campaign</option>")
                .contains("Every SQL of this period was won or lost.");
        JsonNode chart = ChartData.of(page, "funnel-chart");
        assertThat(chart.path("labels").toString()).isEqualTo("[\"spring\",\"trade-fair\",\"All leads\"]");
        assertThat(chart.path("series").findValuesAsString("name"))
                .containsExactly("MQL", "SAL", "SQL", "Opportunity", "Won");
        assertThat(chart.path("series").get(4).path("values").toString()).isEqualTo("[2.0,1.0,3.0]");
    }

    @Test
    void sqls_that_never_closed_are_listed_escaped_with_their_channel_campaign_and_rep() throws Exception {
        given(reports.funnel(any(), any(), any(), eq("channel"))).willReturn(new FunnelReport(List.of(), null));
        given(reports.stalledSqls(any(), any(), any()))
                .willReturn(List.of(new StalledSqlRow(
                        "0b6f1b1e-5d8c-4c55-9f3e-6f1b1e5d8c4c",
                        "PAID_SEARCH",
                        "<script>alert(1)</script>",
                        "OPPORTUNITY",
                        Instant.parse("2026-10-03T10:00:00Z"),
                        "ben@seller.example",
                        12)));

        String page = mvc.perform(as("sales_manager", get("/funnel")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .contains("No lead entered the funnel in this period")
                .doesNotContain("data-chart")
                .contains("id=\"stalled-table\"", ">PAID_SEARCH<", ">OPPORTUNITY<", ">2026-10-03<", ">12<")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>alert(1)</script>")
                .contains("/leads/0b6f1b1e-5d8c-4c55-9f3e-6f1b1e5d8c4c");
    }

    @Test
    void an_unknown_grouping_is_refused() throws Exception {
        mvc.perform(as("marketing", get("/funnel?by=zodiac"))).andExpect(status().isBadRequest());
        Mockito.verifyNoInteractions(reports);
    }

    @Test
    void a_rep_may_not_open_the_funnel() throws Exception {
        mvc.perform(as("sales_rep", get("/funnel"))).andExpect(status().isForbidden());
        Mockito.verifyNoInteractions(reports);
    }
}
