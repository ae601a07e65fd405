package io.leadflow.ingestion.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import io.leadflow.ingestion.application.port.in.ContactView;
import io.leadflow.ingestion.application.port.in.EngagementOutcome;
import io.leadflow.ingestion.application.port.in.RecordEngagementCommand;
import io.leadflow.ingestion.application.port.in.RecordEngagementsUseCase;
import io.leadflow.ingestion.application.port.in.RecordedEngagement;
import io.leadflow.ingestion.application.port.in.UpsertContactCommand;
import io.leadflow.ingestion.application.port.in.UpsertContactUseCase;
import io.leadflow.ingestion.application.port.out.IngestionMetrics;
import io.leadflow.kernel.Channel;
import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.event.ProfileAttributes;
import io.leadflow.support.testing.GatewayTokens;
import io.leadflow.support.testing.SignedInByDefault;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebMvcTest(SegmentController.class)
@Import({SignedInByDefault.class, WebSliceSupport.class})
class SegmentControllerTest {

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    RecordEngagementsUseCase recordEngagements;

    @MockitoBean
    UpsertContactUseCase upsertContact;

    @MockitoBean
    IngestionMetrics metrics;

    @Test
    void a_track_maps_event_name_campaign_and_corrects_the_sender_s_clock_with_sent_at() {
        when(recordEngagements.recordEngagements(any()))
                .thenReturn(List.of(
                        EngagementOutcome.recorded(new RecordedEngagement(UUID.randomUUID(), LeadId.newId(), false))));

        assertThat(mvc.post()
                        .uri("/v1/track")
                        .contentType(MediaType.APPLICATION_JSON)
                        .header("Authorization", "Basic d2tfMTIzOg==")
                        .header(GatewayTokens.HEADER, GatewayTokens.of("apikey:k1", ""))
                        .content("""
                        {"type":"track","event":"Content Downloaded","userId":"u-1","messageId":"m-1",
                         "properties":{"title":"Case study","asset":{"kind":"pdf"}},
                         "context":{"campaign":{"name":"q4","source":"google","medium":"cpc"}},
                         "originalTimestamp":"2026-11-20T11:00:00Z","sentAt":"2026-11-20T11:00:30Z"}""")
                        .exchange())
                .hasStatus(200)
                .bodyJson()
                .hasPathSatisfying("$.success", v -> v.assertThat().isEqualTo(true));

        @SuppressWarnings("unchecked")
        ArgumentCaptor<List<RecordEngagementCommand>> sent = ArgumentCaptor.forClass(List.class);
        Mockito.verify(recordEngagements).recordEngagements(sent.capture());
        RecordEngagementCommand command = sent.getValue().getFirst();
        assertThat(command.type()).isEqualTo("Content Downloaded");
        assertThat(command.channel()).isEqualTo(Channel.PAID_SEARCH);
        assertThat(command.campaign()).isEqualTo("q4");
        assertThat(command.source()).isEqualTo("google");
        assertThat(command.identities()).containsExactly("user:u-1");
        assertThat(command.properties()).containsEntry("asset.kind", "pdf");
        assertThat(command.occurredAt()).isEqualTo(WebSliceSupport.NOW.minus(Duration.ofSeconds(30)));
        assertThat(command.sourceApi()).isEqualTo("segment");
    }

    @Test
    void the_same_message_id_from_the_same_key_is_the_same_event_id() {
        when(recordEngagements.recordEngagements(any()))
                .thenReturn(List.of(
                        EngagementOutcome.recorded(new RecordedEngagement(UUID.randomUUID(), LeadId.newId(), false))));
        String body = "{\"event\":\"Email Opened\",\"anonymousId\":\"a-1\",\"messageId\":\"m-9\"}";
        for (String key : List.of("apikey:k1", "apikey:k1", "apikey:k2")) {
            mvc.post()
                    .uri("/v1/track")
                    .contentType(MediaType.APPLICATION_JSON)
                    .header(GatewayTokens.HEADER, GatewayTokens.of(key, ""))
                    .content(body)
                    .exchange();
        }
        @SuppressWarnings("unchecked")
        ArgumentCaptor<List<RecordEngagementCommand>> sent = ArgumentCaptor.forClass(List.class);
        Mockito.verify(recordEngagements, Mockito.times(3)).recordEngagements(sent.capture());
        List<UUID> ids =
                sent.getAllValues().stream().map(l -> l.getFirst().eventId()).toList();
        assertThat(ids.get(0)).isEqualTo(ids.get(1)).isNotEqualTo(ids.get(2));
    }

    @Test
    void identify_maps_reserved_traits_onto_the_profile_and_links_both_ids() {
        when(upsertContact.upsertContact(any()))
                .thenReturn(new ContactView(UUID.randomUUID(), "kim@fabrikam.com", Map.of(), true));

        assertThat(mvc.post()
                        .uri("/v1/identify")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                {"userId":"42","anonymousId":"a-7","traits":{"email":"Kim@Fabrikam.com","name":"Kim Lee",
                 "title":"CFO","company":{"name":"Fabrikam","employee_count":80},"tier":"gold","nested":{"x":1}}}""")
                        .exchange())
                .hasStatus(200);

        ArgumentCaptor<UpsertContactCommand> command = ArgumentCaptor.forClass(UpsertContactCommand.class);
        Mockito.verify(upsertContact).upsertContact(command.capture());
        assertThat(command.getValue().email().value()).isEqualTo("kim@fabrikam.com");
        assertThat(command.getValue().changes())
                .containsEntry(ProfileAttributes.FIRST_NAME, "Kim")
                .containsEntry(ProfileAttributes.LAST_NAME, "Lee")
                .containsEntry(ProfileAttributes.JOB_TITLE, "CFO")
                .containsEntry(ProfileAttributes.COMPANY_EMPLOYEES, "80")
                .containsEntry("custom.tier", "gold")
                .doesNotContainKey("custom.nested");
        assertThat(command.getValue().identities()).containsExactly("user:42", "anon:a-7");
    }

    @Test
    void an_identify_without_any_e_mail_is_a_problem_and_changes_nothing() {
        assertThat(mvc.post()
                        .uri("/v1/identify")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"userId\":\"42\",\"traits\":{\"name\":\"Kim\"}}")
                        .exchange())
                .hasStatus(400)
                .bodyJson()
                .hasPathSatisfying("$.rule", v -> v.assertThat().isEqualTo("email.required"));
        verifyNoInteractions(upsertContact);
    }
}
