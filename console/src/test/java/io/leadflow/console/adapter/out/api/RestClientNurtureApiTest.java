package io.leadflow.console.adapter.out.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.content;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.header;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import io.leadflow.console.application.Caller;
import io.leadflow.console.application.NurtureStatistics;
import io.leadflow.console.application.NurtureTrack;
import io.leadflow.console.application.RecycleRate;
import io.leadflow.console.application.RejectedLead;
import io.leadflow.console.application.TrackDefinition;
import io.leadflow.console.application.port.out.NurtureApi;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

class RestClientNurtureApiTest {

    private static final Caller MARKETER = new Caller("m@example.com", Set.of("marketing"), "the-persons-token");

    private final RestClient.Builder builder = RestClient.builder().baseUrl("http://gateway.test");
    private final MockRestServiceServer gateway =
            MockRestServiceServer.bindTo(builder).build();
    private final RestClientNurtureApi api = new RestClientNurtureApi(
            new GatewayApi(builder.build(), JsonMapper.builder().build()));

    @Test
    void asks_nurturing_for_a_page_of_rejected_leads_with_the_filters() {
        gateway.expect(requestTo("http://gateway.test/api/v1/nurture/rejected?reason=no_budget&rep=rep%40example.com"
                        + "&from=2026-11-01&track=re-engage&page=1&size=50"))
                .andExpect(method(HttpMethod.GET))
                .andExpect(header("Authorization", "Bearer the-persons-token"))
                .andRespond(withSuccess("""
                        {"items":[{"leadId":"00000000-0000-0000-0000-0000000000c3","reason":"no_budget",
                          "note":"Call in Q3","rejectedBy":"rep@example.com",
                          "track":{"key":"re-engage","name":"Re-engage"},"status":"enrolled",
                          "rejectedAt":"2026-11-02T10:00:00Z"},
                         {"leadId":"00000000-0000-0000-0000-0000000000c4","reason":"bad_data","note":null,
                          "rejectedBy":null,"track":null,"status":"disqualified","rejectedAt":"2026-11-03T10:00:00Z"}],
                         "page":1,"size":50,"total":52}
                        """, MediaType.APPLICATION_JSON));
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("reason", "no_budget");
        filters.put("rep", "rep@example.com");
        filters.put("from", "2026-11-01");
        filters.put("track", "re-engage");

        NurtureApi.Page page = api.rejected(MARKETER, filters, 1, 50);

        assertThat(page.total()).isEqualTo(52);
        assertThat(page.leads())
                .containsExactly(
                        new RejectedLead(
                                UUID.fromString("00000000-0000-0000-0000-0000000000c3"),
                                "no_budget",
                                "Call in Q3",
                                "rep@example.com",
                                "re-engage",
                                "Re-engage",
                                "enrolled",
                                Instant.parse("2026-11-02T10:00:00Z")),
                        new RejectedLead(
                                UUID.fromString("00000000-0000-0000-0000-0000000000c4"),
                                "bad_data",
                                null,
                                null,
                                null,
                                null,
                                "disqualified",
                                Instant.parse("2026-11-03T10:00:00Z")));
        gateway.verify();
    }

    @Test
    void hands_on_nurturings_csv_export_as_it_came() {
        String csv =
                "lead_id,rejected_at,reason\r\n00000000-0000-0000-0000-0000000000c3,2026-11-02T10:00:00Z,timing\r\n";
        gateway.expect(requestTo("http://gateway.test/api/v1/nurture/rejected/export?reason=timing"))
                .andExpect(header("Authorization", "Bearer the-persons-token"))
                .andRespond(withSuccess(csv, new MediaType("text", "csv")));

        assertThat(api.rejectedCsv(MARKETER, Map.of("reason", "timing"))).isEqualTo(csv);
        gateway.verify();
    }

    @Test
    void reads_the_tracks_with_their_reasons_and_steps() {
        gateway.expect(requestTo("http://gateway.test/api/v1/nurture/tracks"))
                .andRespond(withSuccess("""
                        [{"key":"re-engage","name":"Re-engage","cadence":null,"version":2,
                          "reasons":[{"reason":"timing","priority":10},{"reason":"no_budget","priority":5}],
                          "belowThreshold":{"priority":1},
                          "steps":[{"position":1,"name":"Case study","content":"https://example.com/c","delay":"P14D"}],
                          "exit":{"onRequalified":true}},
                         {"key":"quiet","name":"Quiet","version":1,"reasons":[],"belowThreshold":null,"steps":[]}]
                        """, MediaType.APPLICATION_JSON));

        List<NurtureTrack> tracks = api.tracks(MARKETER);

        assertThat(tracks)
                .usingRecursiveFieldByFieldElementComparatorIgnoringFields("definition")
                .containsExactly(
                        new NurtureTrack(
                                "re-engage",
                                "Re-engage",
                                null,
                                2,
                                List.of("timing", "no_budget"),
                                true,
                                List.of(new NurtureTrack.Step(1, "Case study", "https://example.com/c", "P14D")),
                                null),
                        new NurtureTrack("quiet", "Quiet", null, 1, List.of(), false, List.of(), null));
        assertThat(tracks.getFirst().definition())
                .isEqualTo(new TrackDefinition(
                        "re-engage",
                        "Re-engage",
                        "",
                        List.of(new TrackDefinition.Reason("timing", 10), new TrackDefinition.Reason("no_budget", 5)),
                        1,
                        List.of(new TrackDefinition.Step("Case study", "https://example.com/c", "P14D")),
                        TrackDefinition.Exit.DEFAULT,
                        true));
        gateway.verify();
    }

    @Test
    void reads_one_track_showing_whole_days_as_days_and_sends_a_new_and_a_changed_track_as_nurturing_takes_them() {
        gateway.expect(requestTo("http://gateway.test/api/v1/nurture/tracks/re-engage"))
                .andExpect(method(HttpMethod.GET))
                .andRespond(withSuccess("""
                        {"key":"re-engage","name":"Re-engage","cadence":"monthly","version":4,
                          "reasons":[{"reason":"timing","priority":10}],"belowThreshold":null,
                          "steps":[{"position":1,"name":"Hello","content":"Hi","delay":"PT336H"},
                                   {"position":2,"name":"Nudge","content":"Still there?","delay":"PT12H"}],
                          "exit":{"onRequalified":true,"onUnsubscribed":false,"onCompleted":true,
                                  "maxDuration":"PT4320H"},"active":false}
                        """, MediaType.APPLICATION_JSON));
        gateway.expect(requestTo("http://gateway.test/api/v1/nurture/tracks"))
                .andExpect(method(HttpMethod.POST))
                .andExpect(content().json("""
                        {"key":"re-engage","name":"Re-engage","cadence":"monthly",
                         "reasons":[{"reason":"timing","priority":10}],"belowThreshold":null,
                         "steps":[{"name":"Hello","content":"Hi","delay":"P14D"},
                                  {"name":"Nudge","content":"Still there?","delay":"PT12H"}],
                         "exit":{"onRequalified":true,"onUnsubscribed":false,"onCompleted":true,"maxDuration":"P180D"},
                         "active":false}""", JsonCompareMode.STRICT))
                .andRespond(withSuccess("{}", MediaType.APPLICATION_JSON));
        gateway.expect(requestTo("http://gateway.test/api/v1/nurture/tracks/re-engage"))
                .andExpect(method(HttpMethod.PUT))
                .andExpect(content().json("{\"key\":\"re-engage\",\"active\":true}"))
                .andRespond(withSuccess("{}", MediaType.APPLICATION_JSON));

        TrackDefinition track = api.track(MARKETER, "re-engage");
        assertThat(track.steps()).extracting(TrackDefinition.Step::delay).containsExactly("P14D", "PT12H");
        assertThat(track.exit()).isEqualTo(new TrackDefinition.Exit(true, false, true, "P180D"));
        assertThat(track.active()).isFalse();
        api.createTrack(MARKETER, track);
        api.updateTrack(MARKETER, track.withActive(true));

        gateway.verify();
    }

    @Test
    void reads_the_figures_adding_up_rejections_per_reason_over_the_buckets() {
        gateway.expect(requestTo("http://gateway.test/api/v1/nurture/stats"))
                .andRespond(withSuccess("""
                        {"rejections":[{"period":"2026-11-02","reason":"timing","count":3},
                                       {"period":"2026-11-09","reason":"timing","count":2},
                                       {"period":"2026-11-09","reason":"bad_data","count":1}],
                         "byReason":[{"key":"timing","enrolled":5,"recycled":1,"rate":0.2}],
                         "byTrack":[{"key":"re-engage","enrolled":5,"recycled":1,"rate":0.2}],
                         "timeToRecycle":{"recycled":1,"averageDays":12.0,"medianDays":12.0}}
                        """, MediaType.APPLICATION_JSON));

        NurtureStatistics statistics = api.statistics(MARKETER);

        assertThat(statistics.rejections())
                .containsExactly(
                        new NurtureStatistics.ReasonCount("bad_data", 1),
                        new NurtureStatistics.ReasonCount("timing", 5));
        assertThat(statistics.byTrack()).containsExactly(new RecycleRate("re-engage", 5, 1, 0.2));
        assertThat(statistics.averageDays()).isEqualTo(12.0);
        assertThat(statistics.byReasonWithRejections())
                .containsExactly(
                        new NurtureStatistics.ReasonFigures("bad_data", 1, 0, 0, 0),
                        new NurtureStatistics.ReasonFigures("timing", 5, 5, 1, 20));
        gateway.verify();
    }
}
