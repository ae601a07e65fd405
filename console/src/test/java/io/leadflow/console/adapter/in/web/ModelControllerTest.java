package io.leadflow.console.adapter.in.web;

import static io.leadflow.console.adapter.in.web.ReportControllerTest.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.leadflow.console.application.ApiRefusal;
import io.leadflow.console.application.BacktestResult;
import io.leadflow.console.application.ModelVersion;
import io.leadflow.console.application.Rescoring;
import io.leadflow.console.application.ScoringModelDetail;
import io.leadflow.console.application.ScoringModelSummary;
import io.leadflow.console.application.port.in.ChangeScoringModelUseCase;
import io.leadflow.console.application.port.in.FindScoringModelsQuery;
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

@WebMvcTest(ModelController.class)
class ModelControllerTest {

    private static final Instant CREATED = Instant.parse("2026-11-02T08:00:00Z");
    private static final ScoringModelSummary DEFAULT = new ScoringModelSummary(
            "default",
            1,
            List.of(
                    new ScoringModelSummary.Version(1, "PUBLISHED", CREATED, CREATED, null),
                    new ScoringModelSummary.Version(2, "DRAFT", CREATED, null, null)));
    private static final String DRAFT_YAML = "id: default\nthreshold: 60\nrules:\n- id: a\n  points: many\n";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    FindScoringModelsQuery models;

    @MockitoBean
    ChangeScoringModelUseCase changes;

    @Test
    void lists_the_models_with_their_published_version_and_versions() throws Exception {
        given(models.models(any())).willReturn(List.of(DEFAULT));

        String page = page(as("marketing", get("/models")));

        assertThat(page).contains("id=\"models\"", "href=\"/models/default\"", "version 1", "v2 draft", "v1 published");
    }

    @Test
    void an_empty_list_says_what_happens_next() throws Exception {
        given(models.models(any())).willReturn(List.of());

        assertThat(page(as("admin", get("/models"))))
                .contains("No scoring models yet")
                .doesNotContain("<table");
    }

    @Test
    void a_model_shows_its_published_yaml_read_only_its_versions_and_the_draft_to_edit() throws Exception {
        given(models.model(any(), eq("default")))
                .willReturn(new ScoringModelDetail(
                        DEFAULT,
                        new ModelVersion("default", 1, "PUBLISHED", "id: default\nthreshold: 50\n"),
                        new ModelVersion("default", 2, "DRAFT", DRAFT_YAML)));

        String page = page(as("marketing", get("/models/default")));

        assertThat(page).contains("id=\"published-yaml\"", "threshold: 50", "id=\"versions\"", "2026-11-02 08:00 UTC");
        assertThat(page)
                .contains(
                        "id=\"draft-form\"",
                        "hx-put=\"/models/default/draft\"",
                        "name=\"version\" value=\"2\"",
                        "threshold: 60",
                        "id=\"backtest\"",
                        "hx-post=\"/models/default/versions/2/backtest\"",
                        "id=\"publish\"",
                        "hx-post=\"/models/default/versions/2/publish\"",
                        "hx-indicator=\"#backtest-wait\"",
                        "class=\"htmx-indicator\"");
        assertThat(page).doesNotContainPattern("<script(?![^>]*\\bsrc=)").doesNotContain("<style", "style=", "onclick");
        assertThat(page).doesNotContain("aria-invalid", "id=\"draft-errors\"");
    }

    @Test
    void without_a_draft_the_editor_starts_from_the_published_yaml_and_saves_a_new_version() throws Exception {
        ScoringModelSummary published = new ScoringModelSummary(
                "default", 1, List.of(new ScoringModelSummary.Version(1, "PUBLISHED", CREATED, CREATED, null)));
        given(models.model(any(), eq("default")))
                .willReturn(new ScoringModelDetail(
                        published, new ModelVersion("default", 1, "PUBLISHED", "id: default\nthreshold: 50\n"), null));

        String page = page(as("marketing", get("/models/default")));

        assertThat(page).contains("YAML of a new draft").doesNotContain("name=\"version\"", "id=\"publish\"");
        assertThat(page).contains("Save a draft to backtest and publish it.");
    }

    @Test
    void a_refused_draft_shows_each_error_at_its_line_with_the_line_itself() throws Exception {
        given(changes.saveDraft(any(), eq("default"), eq(2), eq(DRAFT_YAML)))
                .willThrow(new ApiRefusal(
                        400,
                        "rules[0].points: a whole number is expected here",
                        Map.of("rules[0].points", "a whole number is expected here", "threshold", "<b>too</b> high"),
                        Map.of("rules[0].points", 5, "threshold", 2)));

        String fragment = mvc.perform(as(
                        "marketing",
                        put("/models/default/draft")
                                .header("HX-Request", "true")
                                .param("version", "2")
                                .param("yaml", DRAFT_YAML)))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(fragment)
                .contains("id=\"draft-errors\"", "aria-invalid=\"true\"", "aria-describedby=\"draft-errors\"");
        assertThat(fragment)
                .contains("data-line=\"5\"", ">Line 5<", "5 |   points: many", "a whole number is expected here");
        assertThat(fragment).contains("data-line=\"2\"", "2 | threshold: 60", "&lt;b&gt;too&lt;/b&gt; high");
        assertThat(fragment.indexOf("Line 2")).isLessThan(fragment.indexOf("Line 5"));
        assertThat(fragment).contains("points: many").doesNotContain("<html");
    }

    @Test
    void a_saved_draft_says_so_and_offers_backtest_and_publish_for_it() throws Exception {
        given(changes.saveDraft(any(), eq("default"), eq(null), eq("id: default\n")))
                .willReturn(new ModelVersion("default", 3, "DRAFT", "id: default\n"));

        String fragment = page(as(
                "marketing",
                put("/models/default/draft").header("HX-Request", "true").param("yaml", "id: default\n")));

        assertThat(fragment).contains("Saved as draft version", ">3<", "/models/default/versions/3/publish");
    }

    @Test
    void a_backtest_shows_published_against_draft_as_a_chart_and_the_same_numbers_in_a_table() throws Exception {
        given(models.backtest(
                        any(),
                        eq("default"),
                        eq(2),
                        eq(Instant.parse("2026-09-01T00:00:00Z")),
                        eq(Instant.parse("2026-12-01T00:00:00Z"))))
                .willReturn(new BacktestResult(
                        "default",
                        2,
                        1,
                        Instant.parse("2026-09-01T00:00:00Z"),
                        Instant.parse("2026-12-01T00:00:00Z"),
                        500,
                        4000,
                        new BacktestResult.Outcome(120, 10, 60, 30, 5),
                        new BacktestResult.Outcome(100, 8, 55, 25, 4)));

        String fragment = page(as(
                "marketing",
                post("/models/default/versions/2/backtest")
                        .header("HX-Request", "true")
                        .param("from", "2026-09-01")
                        .param("to", "2026-11-30")));

        assertThat(fragment).contains("id=\"backtest-table\"", "Published v1", "Draft v2", ">100<", ">120<", ">+20<");
        JsonNode chart = ChartData.of(fragment, "backtest-chart");
        assertThat(chart.path("labels").get(0).asString()).isEqualTo("Qualified (MQL)");
        assertThat(chart.path("series").findValuesAsString("name")).containsExactly("Published v1", "Draft v2");
        assertThat(chart.path("series").get(0).path("values").toString()).isEqualTo("[100.0,8.0,55.0,25.0,4.0]");
        assertThat(chart.path("series").get(1).path("values").toString()).isEqualTo("[120.0,10.0,60.0,30.0,5.0]");
    }

    @Test
    void publishing_says_the_version_scores_leads_now_and_how_many_are_re_scored() throws Exception {
        given(changes.publish(any(), eq("default"), eq(2))).willReturn(new Rescoring("default", 2, 1200, 0));

        String fragment =
                page(as("marketing", post("/models/default/versions/2/publish").header("HX-Request", "true")));

        assertThat(fragment).contains("Version", ">2<", "is published", ">1200<");
    }

    @Test
    void a_conflict_the_api_reports_goes_to_the_problem_area() throws Exception {
        given(changes.publish(any(), eq("default"), eq(1)))
                .willThrow(new ApiRefusal(409, "version 1 is already published", Map.of()));

        mvc.perform(as("marketing", post("/models/default/versions/1/publish").header("HX-Request", "true")))
                .andExpect(status().isConflict())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("HX-Retarget", "#problem"));
    }

    @Test
    void sales_roles_may_not_open_or_change_scoring_models() throws Exception {
        mvc.perform(as("sales_rep", get("/models"))).andExpect(status().isForbidden());
        mvc.perform(as("sales_manager", get("/models/default"))).andExpect(status().isForbidden());
        mvc.perform(as("sales_manager", put("/models/default/draft").param("yaml", "x")))
                .andExpect(status().isForbidden());
        Mockito.verifyNoInteractions(models, changes);
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return SignedIn.page(mvc, request);
    }
}
