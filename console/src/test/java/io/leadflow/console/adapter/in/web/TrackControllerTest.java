package io.leadflow.console.adapter.in.web;

import static io.leadflow.console.adapter.in.web.LeadControllerTest.ESCAPED;
import static io.leadflow.console.adapter.in.web.LeadControllerTest.HOSTILE;
import static io.leadflow.console.adapter.in.web.LeadControllerTest.asMarketer;
import static io.leadflow.console.adapter.in.web.LeadControllerTest.asRep;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.leadflow.console.application.ApiRefusal;
import io.leadflow.console.application.NurtureStatistics;
import io.leadflow.console.application.NurtureTrack;
import io.leadflow.console.application.RecycleRate;
import io.leadflow.console.application.TrackDefinition;
import io.leadflow.console.application.port.in.ChangeTrackUseCase;
import io.leadflow.console.application.port.in.FindTracksQuery;
import io.leadflow.console.application.port.in.FindTracksQuery.TrackOverview;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@WebMvcTest(TrackController.class)
class TrackControllerTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    FindTracksQuery tracks;

    @MockitoBean
    ChangeTrackUseCase change;

    @Test
    void each_track_has_a_pause_button_and_an_edit_form_filled_with_its_definition_and_a_new_track_form_is_offered()
            throws Exception {
        given(tracks.findTracks(any())).willReturn(overview("Re-engage", "Case study"));

        String page = page(asMarketer(get("/tracks")));

        assertThat(page)
                .contains("id=\"state-re-engage\"", ">active<", "id=\"toggle-re-engage\"", ">Pause track<")
                .contains("hx-post=\"/tracks/re-engage/active\"", "name=\"active\" value=\"false\"")
                .contains("id=\"edit-re-engage\"", "hx-post=\"/tracks/re-engage\"", "Save as the next version")
                .contains("<label for=\"edit-re-engage-name\">Name</label>", "value=\"Re-engage\"")
                .contains("id=\"edit-re-engage-priority-timing\"", "value=\"10\"")
                .contains("id=\"edit-re-engage-step-0-delay\"", "value=\"P14D\"")
                .contains("id=\"edit-re-engage-step-1-name\"")
                .contains("id=\"new-track\"", "hx-post=\"/tracks\"", "<label for=\"new-track-key\">", "Create track")
                .doesNotContain("id=\"edit-re-engage-key\"");
        assertThat(page).containsPattern("id=\"edit-re-engage-reason-timing\"[^>]*checked=\"checked\"");
        assertThat(page).containsPattern("id=\"edit-re-engage-reason-other\"(?![^>]*checked)[^>]*>");
        assertThat(inputsWithoutLabel(page)).isEmpty();
    }

    @Test
    void a_new_track_is_sent_as_typed_leaving_out_empty_step_rows_and_the_answer_is_the_list() throws Exception {
        given(tracks.findTracks(any())).willReturn(overview("Re-engage", "Case study"));

        String answer = page(asMarketer(post("/tracks"))
                .header("HX-Request", "true")
                .param("key", " webinar-follow-up ")
                .param("name", "Webinar follow-up")
                .param("cadence", "weekly")
                .param("reason", "no_need_yet", "timing")
                .param("priority-no_need_yet", "5")
                .param("priority-timing", "")
                .param("stepName", "Recording", "", "Slides")
                .param("stepDelay", "P1D", "", "P7D")
                .param("stepContent", "The recording", "", "The slides")
                .param("exitOnRequalified", "true")
                .param("exitOnCompleted", "true")
                .param("maxDuration", "P60D")
                .param("active", "true"));

        Mockito.verify(change)
                .createTrack(
                        any(),
                        eq(new TrackDefinition(
                                "webinar-follow-up",
                                "Webinar follow-up",
                                "weekly",
                                List.of(
                                        new TrackDefinition.Reason("no_need_yet", 5),
                                        new TrackDefinition.Reason("timing", 0)),
                                null,
                                List.of(
                                        new TrackDefinition.Step("Recording", "The recording", "P1D"),
                                        new TrackDefinition.Step("Slides", "The slides", "P7D")),
                                new TrackDefinition.Exit(true, false, true, "P60D"),
                                true)));
        assertThat(answer).contains("id=\"tracks\"").doesNotContain("<html", "id=\"nurture-stats\"");
    }

    @Test
    void a_track_nurturing_refuses_comes_back_in_its_form_with_each_error_at_its_input() throws Exception {
        given(tracks.findTracks(any())).willReturn(overview("Re-engage", "Case study"));
        willThrow(new ApiRefusal(
                        400,
                        "steps[1].delay must be an ISO-8601 duration such as P14D or PT12H",
                        Map.of("steps[1].delay", "steps[1].delay must be an ISO-8601 duration such as P14D or PT12H")))
                .given(change)
                .updateTrack(any(), any());

        var result = mvc.perform(asMarketer(post("/tracks/{key}", "re-engage"))
                        .header("HX-Request", "true")
                        .param("name", "<script>alert(1)</script>")
                        .param("reason", "timing")
                        .param("priority-timing", "10")
                        .param("stepName", "Case study", "Follow-up")
                        .param("stepDelay", "P14D", "soon")
                        .param("stepContent", "c", "d"))
                .andExpect(status().is(422))
                .andReturn()
                .getResponse();
        String answer = result.getContentAsString();

        assertThat(answer)
                .contains("must be an ISO-8601 duration such as P14D or PT12H", "value=\"soon\"")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>alert(1)</script>")
                .containsPattern("id=\"edit-re-engage-step-1-delay\"[^>]*aria-invalid=\"true\"")
                .doesNotContainPattern("id=\"edit-re-engage-step-0-delay\"[^>]*aria-invalid")
                .containsPattern("<details open=\"open\">\\s*<summary id=\"edit-track-re-engage\"");
        assertThat(result.getHeader("HX-Retarget")).isNull();
    }

    @Test
    void a_priority_that_is_no_number_is_refused_at_its_input_without_asking_nurturing() throws Exception {
        given(tracks.findTracks(any())).willReturn(overview("Re-engage", "Case study"));

        String answer = mvc.perform(asMarketer(post("/tracks"))
                        .header("HX-Request", "true")
                        .param("key", "new-one")
                        .param("name", "New one")
                        .param("reason", "timing")
                        .param("priority-timing", "high")
                        .param("stepName", "Hello")
                        .param("stepDelay", "P1D")
                        .param("stepContent", "Hi"))
                .andExpect(status().is(422))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(answer)
                .contains("a priority is a whole number")
                .containsPattern("id=\"new-track-priority-timing\"[^>]*aria-invalid=\"true\"")
                .contains("value=\"new-one\"");
        Mockito.verifyNoInteractions(change);
    }

    @Test
    void pausing_and_resuming_a_track_goes_through_the_use_case_and_answers_the_list() throws Exception {
        given(tracks.findTracks(any())).willReturn(overview("Re-engage", "Case study"));

        String answer = page(asMarketer(post("/tracks/{key}/active", "re-engage"))
                .header("HX-Request", "true")
                .param("active", "false"));

        Mockito.verify(change).setTrackActive(any(), eq("re-engage"), eq(false));
        assertThat(answer).contains("id=\"tracks\"");
    }

    @Test
    void a_paused_track_says_so_and_offers_to_resume() throws Exception {
        TrackOverview running = overview("Re-engage", "Case study");
        NurtureTrack track = running.tracks().getFirst();
        NurtureTrack paused = new NurtureTrack(
                track.key(),
                track.name(),
                track.cadence(),
                track.version(),
                track.reasons(),
                track.belowThreshold(),
                track.steps(),
                track.results(),
                track.definition().withActive(false));
        given(tracks.findTracks(any())).willReturn(new TrackOverview(List.of(paused), running.statistics()));

        assertThat(page(asMarketer(get("/tracks"))))
                .contains("paused: takes no new leads", ">Resume track<", "name=\"active\" value=\"true\"");
    }

    @Test
    void changing_tracks_is_marketings_only() throws Exception {
        mvc.perform(asRep(post("/tracks")).param("key", "x")).andExpect(status().isForbidden());
        mvc.perform(asRep(post("/tracks/{key}/active", "re-engage")).param("active", "false"))
                .andExpect(status().isForbidden());
        Mockito.verifyNoInteractions(change);
    }

    /** Ids of inputs, selects and textareas that no label names. */
    private static List<String> inputsWithoutLabel(String page) {
        java.util.regex.Matcher inputs = java.util.regex.Pattern.compile(
                        "<(?:input|select|textarea)(?![^>]*type=\"hidden\")[^>]*\\bid=\"([^\"]+)\"")
                .matcher(page);
        List<String> missing = new java.util.ArrayList<>();
        while (inputs.find()) {
            if (!page.contains("for=\"" + inputs.group(1) + "\"")) {
                missing.add(inputs.group(1));
            }
        }
        return missing;
    }

    @Test
    void marketing_sees_each_track_with_its_steps_and_how_its_leads_fared() throws Exception {
        given(tracks.findTracks(any())).willReturn(overview("Re-engage", "Case study"));

        String page = page(asMarketer(get("/tracks")));

        assertThat(page)
                .contains("id=\"tracks\"", "Re-engage", "(re-engage, version 2)", "Takes: timing, no_budget")
                .contains("also leads below the qualification threshold", "Case study", "P14D")
                .contains("Last 90 days: 10 enrolled, 3 back to sales (30 %)")
                .contains(
                        "id=\"recycle-by-reason\"", ">timing<", ">12<", "3 leads came back to sales, after 21.5 days");
    }

    @Test
    void no_tracks_and_no_figures_say_what_happens_next() throws Exception {
        given(tracks.findTracks(any()))
                .willReturn(new TrackOverview(
                        List.of(), new NurtureStatistics(List.of(), List.of(), List.of(), 0, null, null)));

        assertThat(page(asMarketer(get("/tracks"))))
                .contains("No nurture track yet", "No rejections in the last 90 days")
                .doesNotContain("id=\"recycle-by-reason\"");
    }

    @Test
    void hostile_track_names_and_steps_render_as_text() throws Exception {
        given(tracks.findTracks(any())).willReturn(overview(HOSTILE, HOSTILE));

        String page = page(asMarketer(get("/tracks")));

        assertThat(page).doesNotContain(HOSTILE).contains(ESCAPED);
    }

    @Test
    void other_roles_get_403() throws Exception {
        mvc.perform(asRep(get("/tracks"))).andExpect(status().isForbidden());
        Mockito.verifyNoInteractions(tracks);
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return SignedIn.page(mvc, request);
    }

    private static TrackOverview overview(String name, String step) {
        RecycleRate rate = new RecycleRate("re-engage", 10, 3, 0.3);
        NurtureTrack track = new NurtureTrack(
                "re-engage",
                name,
                null,
                2,
                List.of("timing", "no_budget"),
                true,
                List.of(new NurtureTrack.Step(1, step, "https://example.com/case", "P14D")),
                rate,
                new TrackDefinition(
                        "re-engage",
                        name,
                        "",
                        List.of(new TrackDefinition.Reason("timing", 10), new TrackDefinition.Reason("no_budget", 5)),
                        1,
                        List.of(new TrackDefinition.Step(step, "https://example.com/case", "P14D")),
                        TrackDefinition.Exit.DEFAULT,
                        true));
        NurtureStatistics statistics = new NurtureStatistics(
                List.of(new NurtureStatistics.ReasonCount("timing", 12)),
                List.of(new RecycleRate("timing", 10, 3, 0.3)),
                List.of(rate),
                3,
                21.5,
                20.0);
        return new TrackOverview(List.of(track), statistics);
    }
}
