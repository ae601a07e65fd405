package io.leadflow.console.adapter.in.web;

import static io.leadflow.console.adapter.in.web.LeadControllerTest.ESCAPED;
import static io.leadflow.console.adapter.in.web.LeadControllerTest.HOSTILE;
import static io.leadflow.console.adapter.in.web.LeadControllerTest.asMarketer;
import static io.leadflow.console.adapter.in.web.LeadControllerTest.asRep;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.leadflow.console.application.NurtureStatistics;
import io.leadflow.console.application.NurtureTrack;
import io.leadflow.console.application.RecycleRate;
import io.leadflow.console.application.port.in.FindTracksQuery;
import io.leadflow.console.application.port.in.FindTracksQuery.TrackOverview;
import java.util.List;
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
                rate);
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
