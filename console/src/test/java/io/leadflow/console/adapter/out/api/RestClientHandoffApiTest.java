package io.leadflow.console.adapter.out.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.header;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import io.leadflow.console.application.Caller;
import io.leadflow.console.application.InboxEntry;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

class RestClientHandoffApiTest {

    private final RestClient.Builder builder = RestClient.builder().baseUrl("http://gateway.test");
    private final MockRestServiceServer gateway =
            MockRestServiceServer.bindTo(builder).build();
    private final RestClientHandoffApi api = new RestClientHandoffApi(
            new GatewayApi(builder.build(), JsonMapper.builder().build()));

    @Test
    void reads_the_callers_open_hand_offs_through_the_gateway_with_their_token() {
        gateway.expect(requestTo("http://gateway.test/api/v1/handoffs?assignee=me&status=open"))
                .andExpect(method(HttpMethod.GET))
                .andExpect(header("Authorization", "Bearer the-persons-token"))
                .andRespond(withSuccess("""
                        [{"id":"00000000-0000-0000-0000-0000000000a1","leadId":"00000000-0000-0000-0000-0000000000b2",
                          "status":"ASSIGNED","stage":"MQL","score":87,"fastTrack":true,
                          "assignedAt":"2026-12-05T09:30:00Z","reasons":["Visited pricing"],
                          "rep":{"id":"00000000-0000-0000-0000-0000000000c3","name":"Rep","email":"rep@example.com"}}]
                        """, MediaType.APPLICATION_JSON));

        List<InboxEntry> entries =
                api.openHandoffsOf(new Caller("rep@example.com", Set.of("sales_rep"), "the-persons-token"));

        assertThat(entries)
                .containsExactly(new InboxEntry(
                        UUID.fromString("00000000-0000-0000-0000-0000000000a1"),
                        UUID.fromString("00000000-0000-0000-0000-0000000000b2"),
                        "ASSIGNED",
                        87,
                        true,
                        Instant.parse("2026-12-05T09:30:00Z"),
                        List.of("Visited pricing")));
        gateway.verify();
    }
}
