package io.leadflow.scoring.adapter.in.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.leadflow.scoring.application.port.in.ArchiveScoringModelUseCase;
import io.leadflow.scoring.application.port.in.BacktestScoringModelUseCase;
import io.leadflow.scoring.application.port.in.DraftScoringModelCommand;
import io.leadflow.scoring.application.port.in.DraftScoringModelUseCase;
import io.leadflow.scoring.application.port.in.FindScoringModelQuery;
import io.leadflow.scoring.application.port.in.ModelVersionView;
import io.leadflow.scoring.application.port.in.PublishScoringModelUseCase;
import io.leadflow.scoring.domain.model.ModelDocument;
import io.leadflow.scoring.domain.model.ModelStatus;
import io.leadflow.support.testing.SignedInByDefault;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(ScoringModelController.class)
@Import({SignedInByDefault.class, ModelDocumentReader.class, ScoringWebMapperImpl.class})
class ScoringModelControllerTest {

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private DraftScoringModelUseCase drafts;

    @MockitoBean
    private PublishScoringModelUseCase publishing;

    @MockitoBean
    private ArchiveScoringModelUseCase archiving;

    @MockitoBean
    private FindScoringModelQuery models;

    @MockitoBean
    private BacktestScoringModelUseCase backtests;

    @Test
    void creates_a_model_from_yaml_and_answers_201_with_its_location() throws Exception {
        given(drafts.draft(any())).willAnswer(call -> {
            DraftScoringModelCommand command = call.getArgument(0);
            Map<?, ?> document = (Map<?, ?>) command.document();
            return new ModelVersionView(
                    (String) document.get("id"),
                    1,
                    ModelStatus.DRAFT,
                    document,
                    Instant.parse("2026-11-02T10:00:00Z"),
                    null,
                    null,
                    null,
                    null);
        });

        mvc.perform(post("/api/v1/scoring-models")
                        .contentType("application/yaml")
                        .content("""
                id: trade-shows
                threshold: 40
                rules: [{id: booth, category: behaviour, event: {customType: booth-scan}, points: 40}]
                """))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/scoring-models/trade-shows/versions/1"))
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.document.rules[0].event.customType").value("booth-scan"));
    }

    @Test
    void refuses_an_invalid_model_with_a_problem_pointing_at_the_rule() throws Exception {
        given(drafts.draft(any()))
                .willAnswer(
                        call -> ModelDocument.parse(((DraftScoringModelCommand) call.getArgument(0)).document(), 1));

        mvc.perform(post("/api/v1/scoring-models")
                        .contentType("application/json")
                        .content("""
                {"id": "x", "threshold": 50, "rules": [
                  {"id": "a", "category": "fit", "condition": {"attribute": "jobTitle", "op": "matches",
                   "pattern": "[unclosed"}, "points": 5}]}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://leadflow.io/problems/invalid-model"))
                .andExpect(jsonPath("$.field").value("rules[0].condition.pattern"))
                .andExpect(jsonPath("$.rule").value("pattern.invalid"));
    }

    @Test
    void refuses_unreadable_bodies_nul_characters_and_bad_versions_without_a_server_error() throws Exception {
        mvc.perform(post("/api/v1/scoring-models")
                        .contentType("application/json")
                        .content("{\"id\": "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("document"));
        mvc.perform(post("/api/v1/scoring-models")
                        .contentType("application/yaml")
                        .content("threshold: .inf"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.rule").value("document.unreadable"));
        mvc.perform(post("/api/v1/scoring-models")
                        .contentType("application/yaml")
                        .content("id: [unclosed"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.rule").value("document.unreadable"));
        mvc.perform(post("/api/v1/scoring-models")
                        .contentType("application/json")
                        .content("{\"id\": \"a\u0000\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("document"));
        mvc.perform(post("/api/v1/scoring-models/x/versions/99999999999999/publish"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("version"));
        mvc.perform(post("/api/v1/scoring-models/x/versions/1/backtest")
                        .contentType("application/json")
                        .content("{\"from\": \"yesterday\", \"to\": 5}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("from"));
        mvc.perform(post("/api/v1/scoring-models/{id}/versions/1/publish", "x".repeat(500)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/scoring-models/{id}/versions/1/publish", "Bad Id"))
                .andExpect(status().isNotFound());
    }

    @Test
    void an_invalid_yaml_model_names_the_line_of_each_violation_in_the_text_sent() throws Exception {
        given(drafts.draft(any()))
                .willAnswer(
                        call -> ModelDocument.parse(((DraftScoringModelCommand) call.getArgument(0)).document(), 1));

        mvc.perform(put("/api/v1/scoring-models/x/versions/2")
                        .contentType("application/yaml")
                        .content("""
                                id: x
                                threshold: 50
                                rules:
                                  - id: a
                                    category: fit
                                    condition:
                                      attribute: jobTitle
                                      op: matches
                                      pattern: "[unclosed"
                                    points: 5
                                """))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("rules[0].condition.pattern"))
                .andExpect(jsonPath("$.line").value(9))
                .andExpect(jsonPath("$.errors[0].field").value("rules[0].condition.pattern"))
                .andExpect(jsonPath("$.errors[0].line").value(9));
    }

    @Test
    void a_violation_of_a_missing_field_points_at_the_place_that_should_hold_it() throws Exception {
        given(drafts.draft(any()))
                .willAnswer(
                        call -> ModelDocument.parse(((DraftScoringModelCommand) call.getArgument(0)).document(), 1));

        mvc.perform(put("/api/v1/scoring-models/x/versions/2")
                        .contentType("application/yaml")
                        .content("""
                                id: x
                                threshold: 50
                                rules:
                                  - id: a
                                    category: fit
                                    points: 5
                                  - id: b
                                    category: fit
                                    condition: {attribute: jobTitle, op: equals, value: CTO}
                                """))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'rules[1].points')].line")
                        .value(7));
    }

    @Test
    void an_unreadable_yaml_body_names_the_line_and_column_where_reading_stopped() throws Exception {
        mvc.perform(post("/api/v1/scoring-models")
                        .contentType("application/yaml")
                        .content("id: x\nthreshold: 50\nrules: [unclosed\n"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.rule").value("document.unreadable"))
                .andExpect(jsonPath("$.line").value(3))
                .andExpect(jsonPath("$.errors[0].field").value("document"))
                .andExpect(jsonPath("$.errors[0].line").value(3))
                .andExpect(jsonPath("$.errors[0].column").isNumber());
    }
}
