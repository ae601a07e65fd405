package io.leadflow.console.adapter.out.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.header;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import io.leadflow.console.application.Caller;
import io.leadflow.console.application.ConversionRow;
import io.leadflow.console.application.SlaRow;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

class RestClientReportApiTest {

    private static final Caller MANAGER = new Caller("boss@example.com", Set.of("sales_manager"), "the-token");
    private static final Instant FROM = Instant.parse("2026-11-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-12-01T00:00:00Z");

    private final RestClient.Builder builder = RestClient.builder().baseUrl("http://gateway.test");
    private final MockRestServiceServer gateway =
            MockRestServiceServer.bindTo(builder).build();
    private final RestClientReportApi api = new RestClientReportApi(
            new GatewayApi(builder.build(), JsonMapper.builder().build()));

    @Test
    void reads_the_sla_report_for_the_period_and_grouping_as_the_person() {
        gateway.expect(
                        requestTo(
                                "http://gateway.test/api/v1/reports/sla?from=2026-11-01T00%3A00%3A00Z&to=2026-12-01T00%3A00%3A00Z&by=team"))
                .andExpect(header("Authorization", "Bearer the-token"))
                .andRespond(withSuccess("""
                        [{"key":"t1","name":"North","handoffs":10,"accepted":9,"acceptedInTime":8,"breaches":1,
                          "compliance":0.8889,"meanResponseSeconds":360.0,"medianResponseSeconds":null}]
                        """, MediaType.APPLICATION_JSON));

        assertThat(api.sla(MANAGER, FROM, TO, "team"))
                .containsExactly(new SlaRow("t1", "North", 10, 9, 8, 1, 0.8889, 360.0, null));
        gateway.verify();
    }

    @Test
    void reads_the_conversion_report_for_the_period_and_grouping() {
        gateway.expect(requestTo("http://gateway.test/api/v1/reports/conversion"
                        + "?from=2026-11-01T00%3A00%3A00Z&to=2026-12-01T00%3A00%3A00Z&by=channel"))
                .andRespond(withSuccess("""
                        [{"key":"web","mql":20,"sal":10,"sql":4,"salRate":0.5,"sqlRate":0.4},
                         {"key":"events","mql":3,"sal":0,"sql":0,"salRate":0.0,"sqlRate":null}]
                        """, MediaType.APPLICATION_JSON));

        assertThat(api.conversion(MANAGER, FROM, TO, "channel"))
                .containsExactly(
                        new ConversionRow("web", 20, 10, 4, 0.5, 0.4), new ConversionRow("events", 3, 0, 0, 0.0, null));
        gateway.verify();
    }
}
