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
import io.leadflow.console.application.Caller;
import io.leadflow.console.application.HandoffContact;
import io.leadflow.console.application.HandoffDetail;
import io.leadflow.console.application.HandoffSla;
import io.leadflow.console.application.HandoffTimelineEvent;
import io.leadflow.console.application.InboxEntry;
import io.leadflow.console.application.port.in.HandoffDecision;
import io.leadflow.console.application.port.in.SalesLeadForm;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

class RestClientHandoffApiTest {

    private final RestClient.Builder builder = RestClient.builder().baseUrl("http://gateway.test");
    private final MockRestServiceServer gateway =
            MockRestServiceServer.bindTo(builder).build();
    private final RestClientHandoffApi api = new RestClientHandoffApi(
            new GatewayApi(builder.build(), JsonMapper.builder().build()));

    @Test
    void reads_the_callers_open_hand_offs_through_the_gateway_with_their_token() {
        gateway.expect(requestTo("http://gateway.test/api/v1/handoffs?assignee=me&status=open"))
                .andExpect(method(HttpMethod.GET))
                .andExpect(header("Authorization", "Bearer the-persons-token"))
                .andRespond(withSuccess("""
                        [{"id":"00000000-0000-0000-0000-0000000000a1","leadId":"00000000-0000-0000-0000-0000000000b2",
                          "status":"ASSIGNED","stage":"MQL","score":87,"fastTrack":true,
                          "assignedAt":"2026-12-05T09:30:00Z","reasons":["Visited pricing"],
                          "rep":{"id":"00000000-0000-0000-0000-0000000000c3","name":"Rep","email":"rep@example.com"}}]
                        """, MediaType.APPLICATION_JSON));

        List<InboxEntry> entries =
                api.openHandoffsOf(new Caller("rep@example.com", Set.of("sales_rep"), "the-persons-token"));

        assertThat(entries)
                .containsExactly(new InboxEntry(
                        UUID.fromString("00000000-0000-0000-0000-0000000000a1"),
                        UUID.fromString("00000000-0000-0000-0000-0000000000b2"),
                        "ASSIGNED",
                        87,
                        true,
                        Instant.parse("2026-12-05T09:30:00Z"),
                        List.of("Visited pricing"),
                        HandoffContact.UNKNOWN,
                        null,
                        HandoffSla.NONE,
                        "Rep"));
        gateway.verify();
    }

    @Test
    void an_inbox_row_carries_the_contact_grade_and_sla_the_api_gives() {
        gateway.expect(requestTo("http://gateway.test/api/v1/handoffs?assignee=me&status=open"))
                .andRespond(withSuccess("[" + FULL + "]", MediaType.APPLICATION_JSON));

        InboxEntry entry = api.openHandoffsOf(REP).getFirst();

        assertThat(entry.contact()).isEqualTo(new HandoffContact("Jane Doe", "jane@acme.example", "Acme"));
        assertThat(entry.grade()).isEqualTo("A");
        assertThat(entry.sla())
                .isEqualTo(new HandoffSla("decide", Instant.parse("2026-12-08T10:00:00Z"), 3600L, true, false));
        assertThat(entry.repName()).isEqualTo("Rita Rep");
    }

    private static final Caller REP = new Caller("rep@example.com", Set.of("sales_rep"), "the-persons-token");
    private static final String ID = "00000000-0000-0000-0000-0000000000a1";
    private static final String FULL = """
            {"id":"00000000-0000-0000-0000-0000000000a1","leadId":"00000000-0000-0000-0000-0000000000b2",
             "status":"ACCEPTED","stage":"SAL","score":87,"fastTrack":false,"assignedAt":"2026-12-05T09:30:00Z",
             "acceptedAt":"2026-12-05T09:40:00Z","reasons":["Visited pricing"],
             "rep":{"id":"00000000-0000-0000-0000-0000000000c3","name":"Rita Rep","email":"rep@example.com"},
             "details":{"tier":1,"priority":"normal","deadline":"decide","secondsLeft":99999,"grade":"A",
                        "bant":null,"history":[]},
             "slaDueAt":"2026-12-08T10:00:00Z","slaBusinessSecondsLeft":3600,"slaReminded":true,"slaBreached":false,
             "contact":{"name":"Jane Doe","email":"jane@acme.example","company":"Acme"}}
            """;

    @Test
    void reads_one_hand_off_with_contact_grade_and_the_business_time_left() {
        gateway.expect(requestTo("http://gateway.test/api/v1/handoffs/" + ID))
                .andExpect(method(HttpMethod.GET))
                .andExpect(header("Authorization", "Bearer the-persons-token"))
                .andRespond(withSuccess(FULL, MediaType.APPLICATION_JSON));

        HandoffDetail handoff = api.handoff(REP, UUID.fromString(ID));

        assertThat(handoff.status()).isEqualTo("ACCEPTED");
        assertThat(handoff.stage()).isEqualTo("SAL");
        assertThat(handoff.grade()).isEqualTo("A");
        assertThat(handoff.repName()).isEqualTo("Rita Rep");
        assertThat(handoff.contact()).isEqualTo(new HandoffContact("Jane Doe", "jane@acme.example", "Acme"));
        assertThat(handoff.sla())
                .isEqualTo(new HandoffSla("decide", Instant.parse("2026-12-08T10:00:00Z"), 3600L, true, false));
        assertThat(handoff.canQualify()).isTrue();
        gateway.verify();
    }

    @Test
    void each_decision_posts_the_apis_body_to_its_action() {
        gateway.expect(requestTo("http://gateway.test/api/v1/handoffs/" + ID + "/accept"))
                .andExpect(method(HttpMethod.POST))
                .andRespond(withSuccess(FULL, MediaType.APPLICATION_JSON));
        gateway.expect(requestTo("http://gateway.test/api/v1/handoffs/" + ID + "/qualify"))
                .andExpect(method(HttpMethod.POST))
                .andExpect(content().json("""
                        {"budget":"approved","authority":"CFO","need":"visibility","timeline":"Q1",
                         "amount":25000.5,"currency":"EUR"}""", true))
                .andRespond(withSuccess(FULL, MediaType.APPLICATION_JSON));
        gateway.expect(requestTo("http://gateway.test/api/v1/handoffs/" + ID + "/reject"))
                .andExpect(content().json("""
                        {"reason":"timing","note":"call back in Q4"}""", true))
                .andRespond(withSuccess(FULL, MediaType.APPLICATION_JSON));
        gateway.expect(requestTo("http://gateway.test/api/v1/handoffs/" + ID + "/pass"))
                .andExpect(method(HttpMethod.POST))
                .andRespond(withSuccess(FULL, MediaType.APPLICATION_JSON));
        gateway.expect(requestTo("http://gateway.test/api/v1/handoffs/" + ID + "/disqualify"))
                .andExpect(content().json("""
                        {"reason":"a student"}""", true))
                .andRespond(withSuccess(FULL, MediaType.APPLICATION_JSON));

        UUID id = UUID.fromString(ID);
        api.decide(REP, id, new HandoffDecision.Accept());
        api.decide(
                REP,
                id,
                new HandoffDecision.Qualify("approved", "CFO", "visibility", "Q1", new BigDecimal("25000.5"), "EUR"));
        api.decide(REP, id, new HandoffDecision.Reject("timing", "call back in Q4"));
        api.decide(REP, id, new HandoffDecision.Pass());
        api.decide(REP, id, new HandoffDecision.Disqualify("a student"));
        gateway.verify();
    }

    @Test
    void a_conflict_from_the_api_becomes_a_refusal_in_its_words() {
        gateway.expect(requestTo("http://gateway.test/api/v1/handoffs/" + ID + "/accept"))
                .andRespond(withStatus(HttpStatus.CONFLICT)
                        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                        .body("""
                                {"status":409,"detail":"hand-off was already REJECTED"}"""));

        ApiRefusal refusal = catchThrowableOfType(
                ApiRefusal.class, () -> api.decide(REP, UUID.fromString(ID), new HandoffDecision.Accept()));

        assertThat(refusal.status()).isEqualTo(409);
        assertThat(refusal.getMessage()).isEqualTo("hand-off was already REJECTED");
    }

    @Test
    void a_sales_generated_lead_posts_the_form_and_answers_the_new_hand_offs_id() {
        gateway.expect(requestTo("http://gateway.test/api/v1/handoffs"))
                .andExpect(method(HttpMethod.POST))
                .andExpect(content().json("""
                        {"email":"jane@acme.example","firstName":"Jane","lastName":"Doe","company":"Acme",
                         "segment":null,"note":"met at the fair"}""", true))
                .andRespond(withStatus(HttpStatus.CREATED)
                        .contentType(MediaType.APPLICATION_JSON)
                        .body(FULL));

        UUID id = api.registerSalesLead(
                REP, new SalesLeadForm("jane@acme.example", "Jane", "Doe", "Acme", null, "met at the fair"));

        assertThat(id).isEqualTo(UUID.fromString(ID));
        gateway.verify();
    }

    @Test
    void reads_the_leads_timeline_newest_first_as_the_events_api_lists_it() {
        gateway.expect(requestTo(
                        "http://gateway.test/api/v1/leads/00000000-0000-0000-0000-0000000000b2/events?size=20"))
                .andExpect(header("Authorization", "Bearer the-persons-token"))
                .andRespond(withSuccess("""
                        {"leadId":"00000000-0000-0000-0000-0000000000b2","page":0,"size":20,"total":2,"items":[
                          {"eventId":"e2","type":"custom","customType":"webinar_joined","occurredAt":"2026-12-05T09:00:00Z",
                           "channel":"web","properties":{}},
                          {"eventId":"e1","type":"email_open","occurredAt":"2026-12-04T08:00:00Z","channel":"email"}]}
                        """, MediaType.APPLICATION_JSON));

        assertThat(api.timelineOf(REP, UUID.fromString("00000000-0000-0000-0000-0000000000b2")))
                .containsExactly(
                        new HandoffTimelineEvent("webinar_joined", "web", Instant.parse("2026-12-05T09:00:00Z")),
                        new HandoffTimelineEvent("email_open", "email", Instant.parse("2026-12-04T08:00:00Z")));
    }
}
