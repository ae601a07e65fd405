package io.leadflow.console.adapter.in.web;

import static io.leadflow.console.adapter.in.web.ReportControllerTest.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.leadflow.console.application.ApiRefusal;
import io.leadflow.console.application.PredictiveEvaluation;
import io.leadflow.console.application.PredictiveModel;
import io.leadflow.console.application.PredictiveVersion;
import io.leadflow.console.application.port.in.PredictiveModelsUseCase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@WebMvcTest(PredictiveModelController.class)
class PredictiveModelControllerTest {

    private static final Instant AT = Instant.parse("2026-11-20T02:30:00Z");
    private static final String HOSTILE = "<script>alert(1)</script>";
    private static final String ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    PredictiveModelsUseCase models;

    static PredictiveEvaluation evaluation(Double auc) {
        List<PredictiveEvaluation.Decile> deciles = new ArrayList<>();
        for (int d = 1; d <= 10; d++) {
            deciles.add(new PredictiveEvaluation.Decile(d, 10, d / 10.0 - 0.05, d == 10 ? 0.8 : d / 20.0));
        }
        return new PredictiveEvaluation(
                400,
                80,
                100,
                20,
                20,
                AT,
                auc,
                4.0,
                deciles,
                new PredictiveEvaluation.Comparison(100, 20, 50, 16, 30, 11, 45, List.of("default v1")));
    }

    static PredictiveVersion version(int v, String status, Double auc) {
        return new PredictiveVersion(
                "win-rate", v, status, AT, HOSTILE, null, null, null, List.of("count:" + HOSTILE), evaluation(auc));
    }

    @Test
    void lists_the_models_with_their_versions_and_the_form_for_a_new_one_with_hostile_text_escaped() throws Exception {
        given(models.models(any()))
                .willReturn(List.of(new PredictiveModel(
                        "win-rate",
                        HOSTILE,
                        AT,
                        "m@x",
                        List.of(version(2, "DRAFT", 0.7), version(1, "PUBLISHED", 0.8)))));

        String page = page(as("marketing", get("/predictive-models")));

        assertThat(page)
                .contains("href=\"/predictive-models/win-rate\"", "version 1", "v2 draft", "v1 published")
                .contains("<label for=\"new-model-id\">", "id=\"create-predictive-model-button\"")
                .contains(ESCAPED)
                .doesNotContain(HOSTILE);
    }

    @Test
    void a_sales_rep_gets_403_and_the_api_is_not_asked() throws Exception {
        assertThat(mvc.perform(as("sales_rep", get("/predictive-models")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        verifyNoInteractions(models);
    }

    @Test
    void a_taken_id_is_shown_at_the_id_field_with_what_was_typed() throws Exception {
        given(models.create(any(), eq("win-rate"), eq("")))
                .willThrow(new ApiRefusal(409, "a model with id win-rate exists", Map.of("id", "id.taken: exists")));

        MockHttpServletResponse response = mvc.perform(as(
                        "marketing",
                        post("/predictive-models").param("id", "win-rate").header("HX-Request", "true")))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getContentAsString())
                .contains(
                        "id=\"new-model-id-error\"", "id.taken: exists", "aria-invalid=\"true\"", "value=\"win-rate\"");
    }

    @Test
    void a_train_with_too_few_outcomes_says_how_many_won_and_lost_are_missing() throws Exception {
        given(models.model(any(), eq("win-rate")))
                .willReturn(new PredictiveModel("win-rate", null, AT, "m", List.of()));
        given(models.train(any(), eq("win-rate")))
                .willThrow(new ApiRefusal(
                        409,
                        "training needs 12 more won and 0 more lost outcomes (known: 18 won, 44 lost)",
                        Map.of("outcomes", "training needs 12 more won and 0 more lost outcomes"),
                        Map.of(),
                        List.of(),
                        Map.of("won", 18.0, "lost", 44.0, "missingWon", 12.0, "missingLost", 0.0)));

        MockHttpServletResponse response = mvc.perform(as(
                        "marketing", post("/predictive-models/win-rate/train").header("HX-Request", "true")))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getContentAsString())
                .contains("id=\"cold-start\"", "12 won / 0 lost outcomes missing", "Known now: 18 won and 44 lost");
    }

    @Test
    void a_trained_version_opens_its_page() throws Exception {
        given(models.model(any(), eq("win-rate")))
                .willReturn(new PredictiveModel("win-rate", null, AT, "m", List.of()));
        given(models.train(any(), eq("win-rate"))).willReturn(version(3, "DRAFT", 0.75));

        MockHttpServletResponse response = mvc.perform(
                        as("admin", post("/predictive-models/win-rate/train").header("HX-Request", "true")))
                .andReturn()
                .getResponse();

        assertThat(response.getHeader("HX-Redirect")).isEqualTo("/predictive-models/win-rate/versions/3");
    }

    @Test
    void a_version_shows_its_evaluation_as_tables_and_inline_charts() throws Exception {
        given(models.version(any(), eq("win-rate"), eq(2))).willReturn(version(2, "DRAFT", 0.812));

        String page = page(as("marketing", get("/predictive-models/win-rate/versions/2")));

        assertThat(page)
                .contains("id=\"auc\">0.812", "4.00 × the overall won share")
                .contains("id=\"comparison-predictive\"", "16 of 20", "11 of 20", "default v1")
                .contains("<svg id=\"calibration-chart\"", "role=\"img\"", "<svg id=\"lift-chart\"")
                .contains("id=\"decile-10\"", "95.0 %", "80.0 %")
                .contains("Decile 10: predicted 95.0 %, observed 80.0 % of 10 leads")
                .contains("id=\"publish-version\"", "id=\"archive-version\"")
                .contains("count:" + ESCAPED)
                .doesNotContain(HOSTILE);
    }

    @Test
    void a_publish_below_the_auc_floor_is_shown_at_the_button_with_the_auc_and_the_floor() throws Exception {
        given(models.publish(any(), eq("win-rate"), eq(2)))
                .willThrow(new ApiRefusal(
                        409,
                        "AUC 0.55 is below the floor 0.6",
                        Map.of("evaluation.auc", "AUC 0.55 is below the floor 0.6"),
                        Map.of(),
                        List.of(),
                        Map.of("auc", 0.55, "floor", 0.6)));
        given(models.version(any(), eq("win-rate"), eq(2))).willReturn(version(2, "DRAFT", 0.55));

        MockHttpServletResponse response = mvc.perform(as(
                        "marketing",
                        post("/predictive-models/win-rate/versions/2/publish").header("HX-Request", "true")))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getContentAsString())
                .contains("id=\"publish-refusal\"", "0.550, below the floor of 0.600")
                .contains("aria-describedby=\"publish-refusal\"", "This version is draft.");
    }

    @Test
    void an_archived_version_offers_no_action() throws Exception {
        given(models.archive(any(), eq("win-rate"), eq(1))).willReturn(version(1, "ARCHIVED", 0.8));

        String fragment = page(as(
                "marketing",
                post("/predictive-models/win-rate/versions/1/archive").header("HX-Request", "true")));

        assertThat(fragment)
                .contains("This version is archived.")
                .doesNotContain("id=\"publish-version\"", "id=\"archive-version\"");
    }

    @Test
    void the_charts_place_each_decile_by_its_figures_and_the_lift_line_at_one() {
        PredictiveCharts charts = PredictiveCharts.of(evaluation(0.8));

        assertThat(charts.calibration().getFirst().x()).isEqualTo("52.0");
        assertThat(charts.calibration().getFirst().y()).isEqualTo("248.0");
        assertThat(charts.liftTop()).isEqualTo("4");
        assertThat(charts.liftOne()).isEqualTo(200.0);
        assertThat(charts.lift().getLast().height()).isEqualTo("240.0");
        assertThat(charts.lift().getLast().label()).isEqualTo("Decile 10: lift 4.00");
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return SignedIn.page(mvc, request);
    }
}
