package io.leadflow.scoring.adapter.in.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.leadflow.scoring.application.port.in.predictive.AucBelowFloorException;
import io.leadflow.scoring.application.port.in.predictive.CreatePredictiveModelUseCase;
import io.leadflow.scoring.application.port.in.predictive.FindPredictiveModelQuery;
import io.leadflow.scoring.application.port.in.predictive.NotEnoughOutcomesException;
import io.leadflow.scoring.application.port.in.predictive.PublishPredictiveModelUseCase;
import io.leadflow.scoring.application.port.in.predictive.TrainPredictiveModelUseCase;
import io.leadflow.support.testing.SignedInByDefault;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@Import(SignedInByDefault.class)
@WebMvcTest(PredictiveModelController.class)
class PredictiveModelControllerTest {

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private CreatePredictiveModelUseCase creating;

    @MockitoBean
    private TrainPredictiveModelUseCase training;

    @MockitoBean
    private PublishPredictiveModelUseCase publishing;

    @MockitoBean
    private FindPredictiveModelQuery models;

    @Test
    void a_cold_start_is_a_problem_saying_how_many_won_and_lost_outcomes_are_missing() throws Exception {
        given(training.train(any())).willThrow(new NotEnoughOutcomesException(18, 44, 12, 0));

        mvc.perform(post("/api/v1/predictive-models/win-rate/train"))
                .andExpect(status().isConflict())
                .andExpect(content().contentType("application/problem+json"))
                .andExpect(jsonPath("$.type").value("https://leadflow.io/problems/not-enough-outcomes"))
                .andExpect(jsonPath("$.field").value("outcomes"))
                .andExpect(jsonPath("$.rule").value("outcomes.minimum"))
                .andExpect(jsonPath("$.missingWon").value(12))
                .andExpect(jsonPath("$.missingLost").value(0))
                .andExpect(jsonPath("$.detail")
                        .value("training needs 12 more won and 0 more lost outcomes (known: 18 won, 44 lost)"));
    }

    @Test
    void publishing_below_the_auc_floor_is_a_problem_naming_the_auc_and_the_floor() throws Exception {
        given(publishing.publish(any())).willThrow(new AucBelowFloorException(0.55, 0.6));

        mvc.perform(post("/api/v1/predictive-models/win-rate/versions/2/publish"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://leadflow.io/problems/auc-below-floor"))
                .andExpect(jsonPath("$.field").value("evaluation.auc"))
                .andExpect(jsonPath("$.rule").value("auc.floor"))
                .andExpect(jsonPath("$.auc").value(0.55))
                .andExpect(jsonPath("$.floor").value(0.6));
    }

    @Test
    void a_version_that_is_not_a_whole_number_or_a_model_id_that_is_not_valid_is_a_400_naming_the_field()
            throws Exception {
        mvc.perform(get("/api/v1/predictive-models/win-rate/versions/two"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("version"));
        mvc.perform(post("/api/v1/predictive-models")
                        .contentType("application/json")
                        .content("{\"id\": \"<script>\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("id"))
                .andExpect(jsonPath("$.rule").value("id.format"));
        verifyNoInteractions(models, creating);
    }
}
