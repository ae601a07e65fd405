package io.leadflow.console.adapter.out.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.header;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withStatus;

import io.leadflow.console.application.ApiRefusal;
import io.leadflow.console.application.Caller;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

class GatewayApiTest {

    private static final Caller REP = new Caller("rep@example.com", Set.of("sales_rep"), "the-persons-token");

    private final RestClient.Builder builder = RestClient.builder().baseUrl("http://gateway.test");
    private final MockRestServiceServer server =
            MockRestServiceServer.bindTo(builder).build();
    private final GatewayApi api =
            new GatewayApi(builder.build(), JsonMapper.builder().build());

    @Test
    void a_problem_from_the_api_becomes_a_refusal_with_its_detail_and_the_rule_each_field_broke() {
        server.expect(requestTo("http://gateway.test/api/v1/handoffs/h1/reject"))
                .andExpect(header("Authorization", "Bearer the-persons-token"))
                .andRespond(withStatus(HttpStatus.BAD_REQUEST)
                        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                        .body("""
                                {"type":"https://leadflow.io/problems/invalid-field","title":"Invalid field",
                                 "status":400,"detail":"reason must be one of the listed reasons","field":"reason",
                                 "errors":[{"field":"reason","rule":"reason.known",
                                            "detail":"reason must be one of the listed reasons"}]}
                                """));

        ApiRefusal refusal = catchThrowableOfType(
                ApiRefusal.class,
                () -> api.send(REP, HttpMethod.POST, "/api/v1/handoffs/{id}/reject", Map.of("reason", "?"), "h1"));

        assertThat(refusal.status()).isEqualTo(400);
        assertThat(refusal.getMessage()).isEqualTo("reason must be one of the listed reasons");
        assertThat(refusal.fields()).containsEntry("reason", "reason must be one of the listed reasons");
    }

    @Test
    void a_refusal_by_the_access_matrix_says_so_in_plain_words() {
        server.expect(requestTo("http://gateway.test/api/v1/api-keys")).andRespond(withStatus(HttpStatus.FORBIDDEN));

        ApiRefusal refusal =
                catchThrowableOfType(ApiRefusal.class, () -> api.get(REP, "/api/v1/api-keys", String.class));

        assertThat(refusal.status()).isEqualTo(403);
        assertThat(refusal.getMessage()).isEqualTo("Your roles do not allow this.");
    }
}
