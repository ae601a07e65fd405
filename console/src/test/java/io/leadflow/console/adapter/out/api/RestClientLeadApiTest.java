package io.leadflow.console.adapter.out.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.header;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withStatus;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import io.leadflow.console.application.ApiRefusal;
import io.leadflow.console.application.Caller;
import io.leadflow.console.application.LeadDetail;
import io.leadflow.console.application.LeadEvents;
import io.leadflow.console.application.LeadList;
import io.leadflow.console.application.LeadSummary;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

class RestClientLeadApiTest {

    private static final UUID LEAD = UUID.fromString("00000000-0000-0000-0000-0000000000b2");
    private static final Caller MARKETER = new Caller("m@example.com", Set.of("marketing"), "the-persons-token");

    private final RestClient.Builder builder = RestClient.builder().baseUrl("http://gateway.test");
    private final MockRestServiceServer gateway =
            MockRestServiceServer.bindTo(builder).build();
    private final RestClientLeadApi api = new RestClientLeadApi(
            new GatewayApi(builder.build(), JsonMapper.builder().build()));

    @Test
    void asks_scoring_for_a_page_of_leads_with_the_filters_encoded_as_typed() {
        gateway.expect(requestTo("http://gateway.test/api/v1/leads?q=jane%2Bx%40acme%20%26%20co&stage=MQL"
                        + "&channel=WEBINAR&maxScore=90&sort=score&direction=desc&page=2&size=50"))
                .andExpect(method(HttpMethod.GET))
                .andExpect(header("Authorization", "Bearer the-persons-token"))
                .andRespond(withSuccess("""
                        {"leads":[{"leadId":"00000000-0000-0000-0000-0000000000b2","stage":"MQL","segment":"all",
                          "model":"default","modelVersion":3,"score":87,"fitGrade":"A","engagementGrade":1,
                          "qualifiedAt":"2026-12-05T09:30:00Z","updatedAt":"2026-12-05T10:00:00Z",
                          "email":"jane+x@acme.com","company":"ACME & Co","channel":"WEBINAR",
                          "needsData":["jobTitle"]}],
                         "page":2,"size":50,"total":151}
                        """, MediaType.APPLICATION_JSON));
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("q", "jane+x@acme & co");
        filters.put("stage", "MQL");
        filters.put("channel", "WEBINAR");
        filters.put("maxScore", "90");
        filters.put("sort", "score");
        filters.put("direction", "desc");

        LeadList list = api.leads(MARKETER, filters, 2, 50);

        assertThat(list.leads())
                .containsExactly(new LeadSummary(
                        LEAD,
                        "jane+x@acme.com",
                        "ACME & Co",
                        "MQL",
                        87,
                        "A1",
                        "all",
                        "WEBINAR",
                        Instant.parse("2026-12-05T09:30:00Z"),
                        Instant.parse("2026-12-05T10:00:00Z"),
                        List.of("jobTitle")));
        assertThat(list.paging().total()).isEqualTo(151);
        assertThat(list.paging().pages()).isEqualTo(4);
        gateway.verify();
    }

    @Test
    void reads_a_lead_with_every_models_score_its_profile_and_stage_moves() {
        gateway.expect(requestTo("http://gateway.test/api/v1/leads/" + LEAD))
                .andExpect(header("Authorization", "Bearer the-persons-token"))
                .andRespond(withSuccess("""
                        {"leadId":"00000000-0000-0000-0000-0000000000b2","stage":"MQL","score":80,"model":"default",
                         "email":"jane@acme.com","profile":{"company.name":"ACME","firstName":"Jane"},
                         "firstTouch":{"eventId":"00000000-0000-0000-0000-000000000001",
                           "occurredAt":"2026-11-01T08:00:00Z","channel":"WEBINAR","source":"google","campaign":null},
                         "qualifiedAt":"2026-11-02T10:00:00Z",
                         "qualification":{"explanation":{"trigger":"score"},"lines":["Qualified by score","Demo (+50)"]},
                         "scores":[{"model":"default","modelVersion":3,"segment":"all","inSegment":true,
                           "asOf":"2026-12-05T10:00:00Z","score":80,"fitPoints":30,"fitGrade":"A",
                           "engagementPoints":50,"engagementGrade":1,"scaleAdjustment":0,
                           "contributions":[{"ruleId":"demo"}],"reasons":["Demo (+50)"]}],
                         "timeline":[{"from":"NEW","to":"MQL","reason":"score","actor":"scoring-service",
                           "occurredAt":"2026-11-02T10:00:00Z"}],
                         "needsData":["jobTitle","company.industry"]}
                        """, MediaType.APPLICATION_JSON));

        LeadDetail lead = api.lead(MARKETER, LEAD);

        assertThat(lead.displayName()).isEqualTo("Jane");
        assertThat(lead.needsData()).containsExactly("jobTitle", "company.industry");
        assertThat(lead.needsDataModel()).isEqualTo("default");
        assertThat(lead.profile()).containsEntry("company.name", "ACME");
        assertThat(lead.firstTouch())
                .isEqualTo(new LeadDetail.FirstTouch("WEBINAR", "google", null, Instant.parse("2026-11-01T08:00:00Z")));
        assertThat(lead.qualification()).containsExactly("Qualified by score", "Demo (+50)");
        assertThat(lead.scores())
                .containsExactly(new LeadDetail.ModelScore(
                        "default", 3, "all", true, 80, 30, "A", 50, 1, 0, List.of("Demo (+50)")));
        assertThat(lead.timeline())
                .containsExactly(new LeadDetail.StageMove(
                        "NEW", "MQL", "score", "scoring-service", Instant.parse("2026-11-02T10:00:00Z")));
        gateway.verify();
    }

    @Test
    void reads_the_newest_engagements_from_ingestion_and_none_for_a_lead_it_never_heard_of() {
        gateway.expect(requestTo("http://gateway.test/api/v1/leads/" + LEAD + "/events?page=0&size=50"))
                .andRespond(withSuccess("""
                        {"leadId":"00000000-0000-0000-0000-0000000000b2","page":0,"size":50,"total":7,
                         "items":[{"eventId":"00000000-0000-0000-0000-000000000009","type":"CUSTOM",
                           "customType":"trial_started","occurredAt":"2026-12-01T12:00:00Z","channel":"WEBSITE",
                           "source":null,"campaign":"spring","properties":{},"sourceApi":"events"}]}
                        """, MediaType.APPLICATION_JSON));
        gateway.expect(requestTo("http://gateway.test/api/v1/leads/" + LEAD + "/events?page=0&size=50"))
                .andRespond(withStatus(HttpStatus.NOT_FOUND)
                        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                        .body("{\"detail\":\"no lead with id\"}"));

        LeadEvents events = api.events(MARKETER, LEAD, 50);
        assertThat(events.total()).isEqualTo(7);
        assertThat(events.newest().getFirst().type()).isEqualTo("CUSTOM: trial_started");
        assertThat(events.newest().getFirst().campaign()).isEqualTo("spring");

        assertThat(api.events(MARKETER, LEAD, 50)).isEqualTo(LeadEvents.none());
        gateway.verify();
    }

    @Test
    void a_lead_scoring_never_heard_of_is_a_refusal_the_page_shows() {
        gateway.expect(requestTo("http://gateway.test/api/v1/leads/" + LEAD))
                .andRespond(withStatus(HttpStatus.NOT_FOUND)
                        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                        .body("{\"detail\":\"no lead " + LEAD + "\"}"));

        assertThatThrownBy(() -> api.lead(MARKETER, LEAD))
                .isInstanceOf(ApiRefusal.class)
                .hasMessage("no lead " + LEAD);
    }
}
