package io.leadflow.scoring.adapter.in.web;

import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.leadflow.scoring.application.port.in.FindFunnelReportQuery;
import io.leadflow.scoring.application.port.in.FunnelDimension;
import io.leadflow.scoring.application.port.in.FunnelReport;
import io.leadflow.scoring.domain.ExchangeRates;
import io.leadflow.support.testing.GatewayTokens;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(FunnelReportController.class)
class FunnelReportControllerTest {

    private static final Instant FROM = Instant.parse("2026-10-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-11-01T00:00:00Z");

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private FindFunnelReportQuery funnel;

    @Test
    void the_funnel_by_campaign_shows_each_campaign_with_its_revenue() throws Exception {
        FunnelReport.Row spring =
                new FunnelReport.Row("spring", 10, 6, 4, 3, 2, 1, Map.of("EUR", new BigDecimal("24000.00")));
        given(funnel.findFunnel(FROM, TO, FunnelDimension.CAMPAIGN))
                .willReturn(new FunnelReport("campaign", FROM, TO, List.of(spring), spring));

        mvc.perform(get("/api/v1/reports/funnel")
                        .param("from", FROM.toString())
                        .param("to", TO.toString())
                        .param("by", "campaign")
                        .header(GatewayTokens.HEADER, GatewayTokens.of("mia@leadflow.example", "marketing")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows[0].key").value("spring"))
                .andExpect(jsonPath("$.rows[0].won").value(2))
                .andExpect(jsonPath("$.rows[0].revenue.EUR").value(24000.00))
                .andExpect(jsonPath("$.total.mql").value(10));
    }

    @Test
    void each_row_shows_its_revenue_in_the_reporting_currency_and_the_currencies_without_a_rate() throws Exception {
        ExchangeRates rates = new ExchangeRates("EUR", Map.of("USD", new BigDecimal("0.90")));
        FunnelReport.Row mixed = new FunnelReport.Row(
                        "trade_show",
                        8,
                        5,
                        3,
                        2,
                        2,
                        0,
                        Map.of(
                                "EUR", new BigDecimal("1000.00"),
                                "USD", new BigDecimal("2000.00"),
                                "JPY", new BigDecimal("50000")))
                .convertedWith(rates);
        given(funnel.findFunnel(FROM, TO, FunnelDimension.CHANNEL))
                .willReturn(new FunnelReport("channel", FROM, TO, List.of(mixed), mixed));

        mvc.perform(get("/api/v1/reports/funnel")
                        .param("from", FROM.toString())
                        .param("to", TO.toString())
                        .header(GatewayTokens.HEADER, GatewayTokens.of("mia@leadflow.example", "marketing")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows[0].revenue.USD").value(2000.00))
                .andExpect(jsonPath("$.rows[0].inReportingCurrency.currency").value("EUR"))
                .andExpect(jsonPath("$.rows[0].inReportingCurrency.amount").value(2800.00))
                .andExpect(
                        jsonPath("$.rows[0].inReportingCurrency.withoutRate[0]").value("JPY"))
                .andExpect(jsonPath("$.total.inReportingCurrency.amount").value(2800.00));
    }

    @Test
    void an_unknown_grouping_is_a_400_naming_by() throws Exception {
        mvc.perform(get("/api/v1/reports/funnel")
                        .param("from", FROM.toString())
                        .param("to", TO.toString())
                        .param("by", "<script>")
                        .header(GatewayTokens.HEADER, GatewayTokens.of("mia@leadflow.example", "marketing")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("by"));
        verifyNoInteractions(funnel);
    }

    @Test
    void a_period_that_is_not_an_instant_is_a_400_naming_the_field() throws Exception {
        mvc.perform(get("/api/v1/reports/funnel/stalled")
                        .param("from", "last week")
                        .param("to", TO.toString())
                        .header(GatewayTokens.HEADER, GatewayTokens.of("mia@leadflow.example", "marketing")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("from"));
        verifyNoInteractions(funnel);
    }
}
