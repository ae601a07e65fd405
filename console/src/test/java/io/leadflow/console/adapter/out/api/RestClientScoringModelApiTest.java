package io.leadflow.console.adapter.out.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.content;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.header;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withStatus;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import io.leadflow.console.application.ApiRefusal;
import io.leadflow.console.application.BacktestResult;
import io.leadflow.console.application.Caller;
import io.leadflow.console.application.ModelVersion;
import io.leadflow.console.application.Rescoring;
import io.leadflow.console.application.ScoringModelSummary;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

class RestClientScoringModelApiTest {

    private static final Caller MARKETER = new Caller("m@example.com", Set.of("marketing"), "the-persons-token");

    private final RestClient.Builder builder = RestClient.builder().baseUrl("http://gateway.test");
    private final MockRestServiceServer gateway =
            MockRestServiceServer.bindTo(builder).build();
    private final RestClientScoringModelApi api = new RestClientScoringModelApi(
            new GatewayApi(builder.build(), JsonMapper.builder().build()));

    @Test
    void lists_the_models_with_their_versions_newest_first() {
        gateway.expect(requestTo("http://gateway.test/api/v1/scoring-models"))
                .andExpect(header("Authorization", "Bearer the-persons-token"))
                .andRespond(withSuccess("""
                        [{"modelId":"default","publishedVersion":1,"versions":[
                          {"version":1,"status":"PUBLISHED","createdAt":"2026-11-01T00:00:00Z",
                           "publishedAt":"2026-11-01T00:00:00Z","archivedAt":null},
                          {"version":2,"status":"DRAFT","createdAt":"2026-11-02T00:00:00Z"}]}]
                        """, MediaType.APPLICATION_JSON));

        List<ScoringModelSummary> models = api.models(MARKETER);

        assertThat(models).hasSize(1);
        assertThat(models.getFirst().publishedVersion()).isEqualTo(1);
        assertThat(models.getFirst().versions())
                .extracting(ScoringModelSummary.Version::version)
                .containsExactly(2, 1);
        assertThat(models.getFirst().latestDraft())
                .map(ScoringModelSummary.Version::version)
                .contains(2);
        gateway.verify();
    }

    @Test
    void shows_a_versions_document_as_block_yaml() {
        gateway.expect(requestTo("http://gateway.test/api/v1/scoring-models/default/versions/1"))
                .andRespond(withSuccess("""
                        {"modelId":"default","version":1,"status":"PUBLISHED",
                         "document":{"id":"default","threshold":50,"rules":[{"id":"a","points":5}]}}
                        """, MediaType.APPLICATION_JSON));

        ModelVersion version = api.version(MARKETER, "default", 1);

        assertThat(version.yaml()).isEqualTo("id: default\nthreshold: 50\nrules:\n  - id: a\n    points: 5\n");
        gateway.verify();
    }

    @Test
    void replaces_a_draft_by_sending_the_yaml_as_written() {
        String yaml = "id: default # comment kept\nthreshold: 60\n";
        gateway.expect(requestTo("http://gateway.test/api/v1/scoring-models/default/versions/2"))
                .andExpect(method(HttpMethod.PUT))
                .andExpect(header("Content-Type", "application/yaml"))
                .andExpect(content().string(yaml))
                .andRespond(withSuccess("""
                        {"modelId":"default","version":2,"status":"DRAFT","document":{"id":"default","threshold":60}}
                        """, MediaType.APPLICATION_JSON));

        assertThat(api.replaceDraft(MARKETER, "default", 2, yaml).version()).isEqualTo(2);
        gateway.verify();
    }

    @Test
    void a_new_draft_is_added_as_a_version_of_the_model() {
        gateway.expect(requestTo("http://gateway.test/api/v1/scoring-models/default/versions"))
                .andExpect(method(HttpMethod.POST))
                .andExpect(header("Content-Type", "application/yaml"))
                .andRespond(withStatus(HttpStatus.CREATED)
                        .contentType(MediaType.APPLICATION_JSON)
                        .body("{\"modelId\":\"default\",\"version\":3,\"status\":\"DRAFT\",\"document\":{}}"));

        assertThat(api.addDraft(MARKETER, "default", "id: default\n").version()).isEqualTo(3);
        gateway.verify();
    }

    @Test
    void a_refused_draft_carries_the_line_of_each_error() {
        gateway.expect(requestTo("http://gateway.test/api/v1/scoring-models/default/versions/2"))
                .andRespond(withStatus(HttpStatus.BAD_REQUEST)
                        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                        .body("""
                                {"type":"https://leadflow.io/problems/invalid-model","status":400,
                                 "detail":"rules[0].points: a whole number is expected here","line":5,
                                 "errors":[{"field":"rules[0].points","rule":"type.integer",
                                            "detail":"a whole number is expected here","line":5},
                                           {"field":"threshold","rule":"required","detail":"threshold is required"}]}
                                """));

        ApiRefusal refusal =
                catchThrowableOfType(ApiRefusal.class, () -> api.replaceDraft(MARKETER, "default", 2, "id: default\n"));

        assertThat(refusal.status()).isEqualTo(400);
        assertThat(refusal.fields()).containsEntry("rules[0].points", "a whole number is expected here");
        assertThat(refusal.lines()).isEqualTo(Map.of("rules[0].points", 5));
    }

    @Test
    void backtests_a_version_over_the_period_and_reads_both_outcomes() {
        gateway.expect(requestTo("http://gateway.test/api/v1/scoring-models/default/versions/2/backtest"))
                .andExpect(method(HttpMethod.POST))
                .andExpect(content().json("{\"from\":\"2026-09-01T00:00:00Z\",\"to\":\"2026-12-01T00:00:00Z\"}"))
                .andRespond(withSuccess("""
                        {"modelId":"default","version":2,"publishedVersion":1,"from":"2026-09-01T00:00:00Z",
                         "to":"2026-12-01T00:00:00Z","leads":500,"events":4000,
                         "candidate":{"qualified":120,"fastTracked":10,"reachedSal":60,"reachedSql":30,"won":5},
                         "published":{"qualified":100,"fastTracked":8,"reachedSal":55,"reachedSql":25,"won":4},
                         "breakdown":{"channel":[]},"sample":[]}
                        """, MediaType.APPLICATION_JSON));

        BacktestResult result = api.backtest(
                MARKETER, "default", 2, Instant.parse("2026-09-01T00:00:00Z"), Instant.parse("2026-12-01T00:00:00Z"));

        assertThat(result.candidate()).isEqualTo(new BacktestResult.Outcome(120, 10, 60, 30, 5));
        assertThat(result.published()).isEqualTo(new BacktestResult.Outcome(100, 8, 55, 25, 4));
        assertThat(result.publishedVersion()).isEqualTo(1);
        gateway.verify();
    }

    @Test
    void publishing_reads_the_re_scoring_run() {
        gateway.expect(requestTo("http://gateway.test/api/v1/scoring-models/default/versions/2/publish"))
                .andExpect(method(HttpMethod.POST))
                .andRespond(withStatus(HttpStatus.ACCEPTED)
                        .contentType(MediaType.APPLICATION_JSON)
                        .body("""
                                {"id":7,"modelId":"default","version":2,"total":1200,"done":0,
                                 "startedAt":"2026-12-05T10:00:00Z","finishedAt":null}
                                """));

        assertThat(api.publish(MARKETER, "default", 2)).isEqualTo(new Rescoring("default", 2, 1200, 0));
        gateway.verify();
    }
}
