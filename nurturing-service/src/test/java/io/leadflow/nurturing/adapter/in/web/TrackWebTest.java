package io.leadflow.nurturing.adapter.in.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.leadflow.nurturing.application.port.in.ConflictException;
import io.leadflow.nurturing.application.port.in.DefineTrackCommand;
import io.leadflow.nurturing.application.port.in.DefineTrackUseCase;
import io.leadflow.nurturing.application.port.in.FindTracksQuery;
import io.leadflow.nurturing.application.port.in.TrackView;
import io.leadflow.support.testing.SignedInByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.CannotCreateTransactionException;

@Import({SignedInByDefault.class, NurtureWebMapperImpl.class})
@WebMvcTest(controllers = TrackController.class)
class TrackWebTest {

    private static final String VALID = """
            {"key": "webinar-follow-up", "name": "Webinar follow-up", "cadence": "weekly",
             "reasons": [{"reason": "no_need_yet", "priority": 5}],
             "steps": [{"name": "Recording", "content": "The recording", "delay": "P1D"},
                       {"name": "Slides", "content": "The slides", "delay": "P7D"}],
             "exit": {"onUnsubscribed": true, "maxDuration": "P60D"}}""";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    FindTracksQuery findTracks;

    @MockitoBean
    DefineTrackUseCase defineTrack;

    @Test
    void a_valid_track_is_created_with_its_steps_in_order() throws Exception {
        given(defineTrack.defineTrack(any()))
                .willAnswer(call ->
                        new TrackView(call.<DefineTrackCommand>getArgument(0).track()));

        mvc.perform(post("/api/v1/nurture/tracks")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(VALID))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/nurture/tracks/webinar-follow-up"))
                .andExpect(jsonPath("$.reasons[0].reason").value("no_need_yet"))
                .andExpect(jsonPath("$.reasons[0].priority").value(5))
                .andExpect(jsonPath("$.steps[1].position").value(2))
                .andExpect(jsonPath("$.steps[1].name").value("Slides"))
                .andExpect(jsonPath("$.steps[1].delay").value("PT168H"))
                .andExpect(jsonPath("$.exit.onRequalified").value(true))
                .andExpect(jsonPath("$.exit.maxDuration").value("PT1440H"))
                .andExpect(jsonPath("$.active").value(true));
    }

    @Test
    void a_track_put_with_active_false_is_paused() throws Exception {
        given(defineTrack.defineTrack(any()))
                .willAnswer(call ->
                        new TrackView(call.<DefineTrackCommand>getArgument(0).track()));

        mvc.perform(put("/api/v1/nurture/tracks/webinar-follow-up")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(VALID.replace("\"exit\":", "\"active\": false, \"exit\":")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.key").value("webinar-follow-up"))
                .andExpect(jsonPath("$.active").value(false));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "no steps|\"steps\": []|steps|track.steps.required",
                "negative delay|\"steps\": [{\"name\": \"a\", \"content\": \"b\", \"delay\": \"-P1D\"}]|steps[0].delay"
                        + "|step.delay.negative",
                "unreadable delay|\"steps\": [{\"name\": \"a\", \"content\": \"b\", \"delay\": \"soon\"}]|steps[0].delay"
                        + "|step.delay.format",
                "step without content|\"steps\": [{\"name\": \"a\", \"delay\": \"P1D\"}]|steps[0].content"
                        + "|step.content.required",
                "unknown reason|\"reasons\": [{\"reason\": \"too_expensive\"}]|reasons[0].reason|reason.unknown",
                "disqualifying reason|\"reasons\": [{\"reason\": \"competitor\"}]|reasons[0].reason"
                        + "|track.reasons.nurturable",
                "priority of the wrong type|\"reasons\": [{\"reason\": \"timing\", \"priority\": \"high\"}]"
                        + "|reasons[0].priority|field.type",
                "huge priority|\"reasons\": [{\"reason\": \"timing\", \"priority\": 99999999999999}]"
                        + "|reasons[0].priority|field.type",
                "no reasons at all|\"reasons\": []|reasons|track.reasons.required",
                "negative maximum duration|\"exit\": {\"maxDuration\": \"-P3D\"}|exit.maxDuration"
                        + "|track.exit.maxDuration.positive"
            })
    void an_invalid_track_is_refused_with_a_problem_naming_the_field(
            String what, String override, String field, String rule) throws Exception {
        String body = VALID.substring(0, VALID.length() - 1) + ", " + override + "}";

        mvc.perform(post("/api/v1/nurture/tracks")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value(field))
                .andExpect(jsonPath("$.rule").value(rule));
        verifyNoInteractions(defineTrack);
    }

    @Test
    void malformed_json_is_a_400_problem() throws Exception {
        mvc.perform(post("/api/v1/nurture/tracks")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"key\": "))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void a_key_that_is_taken_is_a_409_problem() throws Exception {
        given(defineTrack.defineTrack(any())).willThrow(new ConflictException("key", "a track with key x exists"));

        mvc.perform(post("/api/v1/nurture/tracks")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(VALID))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.field").value("key"));
    }

    @Test
    void a_database_that_cannot_be_reached_answers_503_with_retry_after_as_a_problem_not_a_bare_500() throws Exception {
        given(defineTrack.defineTrack(any()))
                .willThrow(new CannotCreateTransactionException("Could not open JDBC Connection for transaction"));

        mvc.perform(post("/api/v1/nurture/tracks")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(VALID))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "5"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://leadflow.io/problems/service-unavailable"))
                .andExpect(jsonPath("$.service").value("nurturing-service"));
    }

    @Test
    void a_change_cannot_rename_the_key() throws Exception {
        mvc.perform(put("/api/v1/nurture/tracks/another-key")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(VALID))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("key"))
                .andExpect(jsonPath("$.rule").value("track.key.immutable"));
        verifyNoInteractions(defineTrack);
    }
}
