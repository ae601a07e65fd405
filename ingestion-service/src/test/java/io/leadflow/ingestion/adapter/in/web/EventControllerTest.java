package io.leadflow.ingestion.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import io.leadflow.ingestion.application.port.in.EngagementOutcome;
import io.leadflow.ingestion.application.port.in.RecordEngagementCommand;
import io.leadflow.ingestion.application.port.in.RecordEngagementUseCase;
import io.leadflow.ingestion.application.port.in.RecordEngagementsUseCase;
import io.leadflow.ingestion.application.port.in.RecordedEngagement;
import io.leadflow.ingestion.application.port.out.IngestionMetrics;
import io.leadflow.kernel.InvalidValueException;
import io.leadflow.kernel.LeadId;
import io.leadflow.support.testing.GatewayTokens;
import io.leadflow.support.testing.SignedInByDefault;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mockito.ArgumentCaptor;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

@WebMvcTest(EventController.class)
@Import({SignedInByDefault.class, WebSliceSupport.class})
class EventControllerTest {

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    RecordEngagementUseCase recordEngagement;

    @MockitoBean
    RecordEngagementsUseCase recordEngagements;

    @MockitoBean
    IngestionMetrics metrics;

    @Test
    void an_accepted_event_answers_202_with_event_and_lead_ids_and_passes_the_correlation_id_on() {
        UUID eventId = UUID.randomUUID();
        LeadId leadId = LeadId.newId();
        when(recordEngagement.recordEngagement(any())).thenReturn(new RecordedEngagement(eventId, leadId, false));

        MvcTestResult result = post(valid().replace("\"type\"", "\"eventId\":\"" + eventId + "\",\"type\""), "corr-42");

        assertThat(result)
                .hasStatus(202)
                .bodyJson()
                .hasPathSatisfying("$.eventId", v -> v.assertThat().isEqualTo(eventId.toString()))
                .hasPathSatisfying("$.leadId", v -> v.assertThat().isEqualTo(leadId.toString()));
        ArgumentCaptor<RecordEngagementCommand> command = ArgumentCaptor.forClass(RecordEngagementCommand.class);
        Mockito.verify(recordEngagement).recordEngagement(command.capture());
        assertThat(command.getValue().correlationId()).isEqualTo("corr-42");
        assertThat(command.getValue().eventId()).isEqualTo(eventId);
        assertThat(command.getValue().properties()).containsEntry("minutes", "45");
    }

    @Test
    void a_rule_the_use_case_enforces_comes_back_as_the_same_kind_of_problem() {
        when(recordEngagement.recordEngagement(any()))
                .thenThrow(new InvalidValueException("type", "type.unknown", "unknown type 'telepathy'"));

        assertThat(post(valid().replace("webinar_attended", "telepathy"), null))
                .hasStatus(400)
                .bodyJson()
                .hasPathSatisfying("$.field", v -> v.assertThat().isEqualTo("type"))
                .hasPathSatisfying("$.rule", v -> v.assertThat().isEqualTo("type.unknown"));
    }

    /** A database that cannot be reached, or a connection cut mid-transaction whose rollback fails too (seen in a
     *  PostgreSQL restart: Spring reports the failed rollback, not the lost connection behind it). */
    static Stream<RuntimeException> storageFailures() {
        return Stream.of(
                new CannotCreateTransactionException("Could not open JDBC Connection for transaction"),
                new TransactionSystemException("JDBC rollback failed"));
    }

    @ParameterizedTest
    @MethodSource("storageFailures")
    void a_database_outage_answers_503_with_retry_after_as_a_problem_not_a_bare_500(RuntimeException failure) {
        when(recordEngagement.recordEngagement(any())).thenThrow(failure);

        assertThat(post(valid(), null))
                .hasStatus(503)
                .hasHeader("Retry-After", "5")
                .bodyJson()
                .hasPathSatisfying(
                        "$.type", v -> v.assertThat().isEqualTo("https://leadflow.io/problems/service-unavailable"))
                .hasPathSatisfying("$.service", v -> v.assertThat().isEqualTo("ingestion-service"));
    }

    @Test
    void an_idempotency_key_stands_for_the_same_event_id_on_every_retry_of_the_same_caller() {
        when(recordEngagement.recordEngagement(any()))
                .thenReturn(new RecordedEngagement(UUID.randomUUID(), LeadId.newId(), false));
        ArgumentCaptor<RecordEngagementCommand> command = ArgumentCaptor.forClass(RecordEngagementCommand.class);

        mvc.post()
                .uri("/api/v1/events")
                .contentType(MediaType.APPLICATION_JSON)
                .content(valid())
                .header("Idempotency-Key", "k-1")
                .header(GatewayTokens.HEADER, GatewayTokens.of("apikey:a", ""))
                .exchange();
        mvc.post()
                .uri("/api/v1/events")
                .contentType(MediaType.APPLICATION_JSON)
                .content(valid())
                .header("Idempotency-Key", "k-1")
                .header(GatewayTokens.HEADER, GatewayTokens.of("apikey:a", ""))
                .exchange();
        mvc.post()
                .uri("/api/v1/events")
                .contentType(MediaType.APPLICATION_JSON)
                .content(valid())
                .header("Idempotency-Key", "k-1")
                .header(GatewayTokens.HEADER, GatewayTokens.of("apikey:b", ""))
                .exchange();

        Mockito.verify(recordEngagement, Mockito.times(3)).recordEngagement(command.capture());
        List<RecordEngagementCommand> sent = command.getAllValues();
        assertThat(sent.get(0).eventId()).isNotNull().isEqualTo(sent.get(1).eventId());
        assertThat(sent.get(2).eventId())
                .as("another caller's key is another event")
                .isNotEqualTo(sent.get(0).eventId());
    }

    @Test
    void a_batch_item_of_the_wrong_shape_is_refused_alone_and_the_others_go_on() {
        when(recordEngagements.recordEngagements(any())).thenAnswer(call -> {
            List<RecordEngagementCommand> commands = call.getArgument(0);
            return commands.stream()
                    .map(c -> EngagementOutcome.recorded(
                            new RecordedEngagement(UUID.randomUUID(), LeadId.newId(), false)))
                    .toList();
        });
        String batch = "[" + valid() + ",{\"type\":\"email_opened\",\"properties\":[1,2]}," + valid() + ",42]";

        assertThat(mvc.post()
                        .uri("/api/v1/events/batch")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(batch)
                        .exchange())
                .hasStatus(202)
                .bodyJson()
                .hasPathSatisfying("$.accepted", v -> v.assertThat().isEqualTo(2))
                .hasPathSatisfying(
                        "$.results[1].error.field", v -> v.assertThat().isEqualTo("properties"))
                .hasPathSatisfying(
                        "$.results[3].error.rule", v -> v.assertThat().isEqualTo("item.object"));
    }

    @Test
    void a_json_batch_that_is_no_array_or_no_utf8_is_a_400_problem_and_nothing_is_recorded() {
        for (String body : List.of("{\"a\": [1, 2", "\"text\"", "null", "{\"zz_unknown\": true}")) {
            assertThat(mvc.post()
                            .uri("/api/v1/events/batch")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(body)
                            .exchange())
                    .hasStatus(400)
                    .bodyJson()
                    .hasPathSatisfying("$.rule", v -> v.assertThat().isEqualTo("body.array"));
        }
        assertThat(mvc.post()
                        .uri("/api/v1/events/batch")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(new byte[] {'[', '"', (byte) 0xC3, (byte) 0x28, '"', ']'})
                        .exchange())
                .hasStatus(400)
                .bodyJson()
                .hasPathSatisfying("$.rule", v -> v.assertThat().isEqualTo("body.encoding"));
        Mockito.verifyNoInteractions(recordEngagements);
    }

    @Test
    void a_bad_email_is_a_400_problem_naming_the_field_and_rule() {
        assertProblem(post(valid().replace("jane@acme.com", "jane-at-acme"), null), "email", "email.format");
    }

    @Test
    void an_event_without_a_time_is_accepted_and_left_for_the_use_case_to_date_on_receipt() {
        when(recordEngagement.recordEngagement(any()))
                .thenReturn(new RecordedEngagement(UUID.randomUUID(), LeadId.newId(), false));

        assertThat(post(valid().replace("\"occurredAt\":\"2026-11-20T10:00:00Z\",", ""), null))
                .hasStatus(202);
        ArgumentCaptor<RecordEngagementCommand> command = ArgumentCaptor.forClass(RecordEngagementCommand.class);
        Mockito.verify(recordEngagement).recordEngagement(command.capture());
        assertThat(command.getValue().occurredAt()).isNull();
    }

    @Test
    void a_malformed_time_and_an_unknown_channel_are_each_named() {
        assertProblem(
                post(valid().replace("2026-11-20T10:00:00Z", "yesterday"), null), "occurredAt", "occurredAt.format");
        assertProblem(
                post(valid().replace("\"channel\":\"webinar\"", "\"channel\":\"pigeon\""), null),
                "channel",
                "channel.unknown");
    }

    @Test
    void values_postgresql_cannot_store_are_refused_as_400_not_failed_as_500() {
        assertProblem(
                post(valid().replace("2026-11-20T10:00:00Z", "-999999999-01-01T00:00:00Z"), null),
                "occurredAt",
                "occurredAt.range");
        assertProblem(
                post(valid().replace("\"minutes\":45", "\"minutes\":\"4\\u00005\""), null),
                "properties.minutes",
                "text.nul");
        assertProblem(post(valid().replace("\"zoom\"", "\"zo\\u0000om\""), null), "source", "text.nul");
    }

    @Test
    void a_nested_property_or_a_bad_event_id_is_refused() {
        assertProblem(
                post(valid().replace("\"minutes\":45", "\"minutes\":{\"a\":1}"), null),
                "properties.minutes",
                "properties.scalar");
        assertProblem(
                post(valid().replace("\"type\"", "\"eventId\":\"42\",\"type\""), null), "eventId", "eventId.format");
    }

    @Test
    void unreadable_json_and_an_empty_body_are_400_problems_and_reach_no_use_case() {
        assertThat(post("{\"type\":", null))
                .hasStatus(400)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(post("", null)).hasStatus(400).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        verifyNoInteractions(recordEngagement);
    }

    private void assertProblem(MvcTestResult result, String field, String rule) {
        assertThat(result)
                .hasStatus(400)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson()
                .hasPathSatisfying(
                        "$.type", v -> v.assertThat().isEqualTo("https://leadflow.io/problems/invalid-field"))
                .hasPathSatisfying("$.field", v -> v.assertThat().isEqualTo(field))
                .hasPathSatisfying("$.rule", v -> v.assertThat().isEqualTo(rule));
        verifyNoInteractions(recordEngagement);
    }

    private MvcTestResult post(String body, String correlationId) {
        var request = mvc.post()
                .uri("/api/v1/events")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body);
        if (correlationId != null) {
            request = request.header("X-Correlation-Id", correlationId);
        }
        return request.exchange();
    }

    private static String valid() {
        return """
                {"type":"webinar_attended","occurredAt":"2026-11-20T10:00:00Z","email":"jane@acme.com",\
                "channel":"webinar","source":"zoom","campaign":"q4","properties":{"minutes":45}}""";
    }
}
