package io.leadflow.console.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.leadflow.console.application.ApiRefusal;
import io.leadflow.console.application.ConversionRow;
import io.leadflow.console.application.SlaRow;
import io.leadflow.console.application.port.in.FindReportsQuery;
import io.leadflow.support.testing.GatewayTokens;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;

@WebMvcTest(ReportController.class)
class ReportControllerTest {

    private static final Instant NOV_1 = Instant.parse("2026-11-01T00:00:00Z");
    private static final Instant DEC_1 = Instant.parse("2026-12-01T00:00:00Z");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    FindReportsQuery reports;

    @Test
    void shows_team_sla_and_conversion_for_the_chosen_period_as_charts_and_tables() throws Exception {
        given(reports.sla(any(), eq(NOV_1), eq(DEC_1), eq("team")))
                .willReturn(List.of(new SlaRow("t1", "Team North", 10, 9, 8, 1, 8.0 / 9, 360.0, 300.0)));
        given(reports.conversion(any(), eq(NOV_1), eq(DEC_1), eq("campaign")))
                .willReturn(List.of(new ConversionRow("spring-launch", 20, 10, 4, 0.5, 0.4)));

        String page = page(
                as("sales_manager", get("/reports?from=2026-11-01&to=2026-11-30&slaBy=team&conversionBy=campaign")));

        assertThat(page).contains("id=\"sla-table\"", "Team North", ">88.9 %<", ">5.0 min<", ">6.0 min<");
        assertThat(page)
                .contains("id=\"conversion-table\"", "spring-launch", ">20<", ">10<", ">4<", ">50.0 %<", ">40.0 %<");
        assertThat(page).contains("value=\"2026-11-01\"", "value=\"2026-11-30\"");
        JsonNode sla = ChartData.of(page, "sla-chart");
        assertThat(sla.path("labels").get(0).asString()).isEqualTo("Team North");
        assertThat(sla.path("series").get(0).path("values").get(0).asDouble()).isEqualTo(88.9);
        JsonNode conversion = ChartData.of(page, "conversion-chart");
        assertThat(conversion.path("labels").get(0).asString()).isEqualTo("spring-launch");
        assertThat(conversion.path("series").findValuesAsString("name")).containsExactly("MQL", "SAL", "SQL");
        assertThat(conversion.path("series").get(2).path("values").get(0).asDouble())
                .isEqualTo(4.0);
    }

    @Test
    void loads_the_charts_from_the_webjar_and_own_files_without_inline_script_or_style() throws Exception {
        given(reports.sla(any(), any(), any(), any())).willReturn(List.of());
        given(reports.conversion(any(), any(), any(), any()))
                .willReturn(List.of(new ConversionRow("web", 1, 0, 0, 0.0, null)));

        String page = page(as("marketing", get("/reports")));

        assertThat(page)
                .contains(
                        "/assets/webjars/uplot/1.6.30/dist/uPlot.iife.min.js",
                        "/assets/webjars/uplot/1.6.30/dist/uPlot.min.css",
                        "/assets/charts.js");
        assertThat(page).doesNotContainPattern("<script(?![^>]*\\bsrc=)").doesNotContain("<style", "style=", "onclick");
        assertThat(page).contains("No hand-offs in this period").doesNotContain("id=\"sla-chart\"");
    }

    @Test
    void hostile_names_are_escaped_in_the_table_and_in_the_charts_data() throws Exception {
        String hostile = "<script>alert(1)</script>\"'";
        given(reports.sla(any(), any(), any(), any()))
                .willReturn(List.of(new SlaRow("r1", hostile, 1, 1, 1, 0, 1.0, 60.0, 60.0)));
        given(reports.conversion(any(), any(), any(), any()))
                .willReturn(List.of(new ConversionRow(hostile, 1, 1, 0, 1.0, 0.0)));

        String page = page(as("sales_manager", get("/reports")));

        assertThat(page).doesNotContain("<script>alert(1)</script>");
        assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(ChartData.attribute(page, "sla-chart")).doesNotContain("<", ">", "\"");
        assertThat(ChartData.of(page, "sla-chart").path("labels").get(0).asString())
                .isEqualTo(hostile);
        assertThat(ChartData.of(page, "conversion-chart").path("labels").get(0).asString())
                .isEqualTo(hostile);
    }

    @Test
    void without_a_choice_the_report_covers_the_last_30_days_by_rep_and_channel() throws Exception {
        given(reports.sla(any(), any(), any(), any())).willReturn(List.of());
        given(reports.conversion(any(), any(), any(), any())).willReturn(List.of());

        page(as("marketing", get("/reports")));

        var from = org.mockito.ArgumentCaptor.forClass(Instant.class);
        var to = org.mockito.ArgumentCaptor.forClass(Instant.class);
        Mockito.verify(reports).sla(any(), from.capture(), to.capture(), eq("rep"));
        Mockito.verify(reports).conversion(any(), any(), any(), eq("channel"));
        assertThat(java.time.Duration.between(from.getValue(), to.getValue())).hasDays(30);
    }

    @Test
    void a_date_that_is_no_date_or_an_unknown_grouping_is_refused_in_words() throws Exception {
        String refused = mvc.perform(as("marketing", get("/reports?from=yesterday")))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused).contains("The from date must look like 2026-11-01.");
        mvc.perform(as("marketing", get("/reports?slaBy=region"))).andExpect(status().isBadRequest());
        Mockito.verifyNoInteractions(reports);
    }

    @Test
    void the_apis_refusal_of_a_period_is_shown_in_its_words() throws Exception {
        given(reports.sla(any(), any(), any(), any()))
                .willThrow(new ApiRefusal(400, "a report covers at most three years", Map.of("to", "period.length")));

        String refused = mvc.perform(as("marketing", get("/reports?from=2020-01-01&to=2026-01-01")))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(refused).contains("a report covers at most three years");
    }

    @Test
    void a_rep_may_not_open_the_reports() throws Exception {
        mvc.perform(as("sales_rep", get("/reports"))).andExpect(status().isForbidden());
        Mockito.verifyNoInteractions(reports);
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return SignedIn.page(mvc, request);
    }

    static MockHttpServletRequestBuilder as(String role, MockHttpServletRequestBuilder request) {
        return request.header(GatewayTokens.HEADER, GatewayTokens.of(role + "@example.com", role))
                .header("Authorization", "Bearer relayed-token");
    }
}
