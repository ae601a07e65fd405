package io.leadflow.ingestion.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import io.leadflow.ingestion.application.port.in.EngagementOutcome;
import io.leadflow.ingestion.application.port.in.RecordEngagementCommand;
import io.leadflow.ingestion.application.port.in.RecordEngagementsUseCase;
import io.leadflow.ingestion.application.port.in.RecordedEngagement;
import io.leadflow.ingestion.application.port.in.UpsertContactUseCase;
import io.leadflow.ingestion.application.port.out.IngestionMetrics;
import io.leadflow.kernel.LeadId;
import io.leadflow.support.testing.GatewayTokens;
import io.leadflow.support.testing.SignedInByDefault;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Bodies as stock tracking SDKs send them: gzip-compressed, sometimes declared as a form though they are JSON. */
@WebMvcTest(SegmentController.class)
@Import({SignedInByDefault.class, WebSliceSupport.class})
class SegmentBodyTest {

    private static final String BATCH = """
            {"batch":[{"type":"track","event":"Content Downloaded","userId":"ops@contoso.example","messageId":"m-1",
              "properties":{"content_type":"case_study","query":"a+b%20c & d"}}],
             "sentAt":"2026-11-20T11:00:30Z"}""";

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    RecordEngagementsUseCase recordEngagements;

    @MockitoBean
    UpsertContactUseCase upsertContact;

    @MockitoBean
    IngestionMetrics metrics;

    @Test
    void a_gzip_batch_declared_as_a_form_is_read_as_the_json_it_is() throws IOException {
        when(recordEngagements.recordEngagements(any()))
                .thenReturn(List.of(
                        EngagementOutcome.recorded(new RecordedEngagement(UUID.randomUUID(), LeadId.newId(), false))));

        assertThat(mvc.post()
                        .uri("/v1/batch")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Content-Encoding", "gzip")
                        .header(GatewayTokens.HEADER, GatewayTokens.of("apikey:k1", ""))
                        .content(gzip(BATCH))
                        .exchange())
                .hasStatus(200)
                .bodyJson()
                .hasPathSatisfying("$.accepted", v -> v.assertThat().isEqualTo(1));

        @SuppressWarnings("unchecked")
        ArgumentCaptor<List<RecordEngagementCommand>> sent = ArgumentCaptor.forClass(List.class);
        Mockito.verify(recordEngagements).recordEngagements(sent.capture());
        assertThat(sent.getValue().getFirst().properties())
                .containsEntry("content_type", "case_study")
                .as("a form decoder would have turned + and %20 into spaces")
                .containsEntry("query", "a+b%20c & d");
    }

    @Test
    void a_plain_json_batch_declared_as_a_form_is_read_too() {
        when(recordEngagements.recordEngagements(any()))
                .thenReturn(List.of(
                        EngagementOutcome.recorded(new RecordedEngagement(UUID.randomUUID(), LeadId.newId(), false))));

        assertThat(mvc.post()
                        .uri("/v1/batch")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header(GatewayTokens.HEADER, GatewayTokens.of("apikey:k1", ""))
                        .content(BATCH)
                        .exchange())
                .hasStatus(200);
    }

    @Test
    void a_small_body_that_unpacks_past_the_limit_is_cut_off_with_413_and_records_nothing() throws IOException {
        String bomb = "{\"batch\":[{\"type\":\"track\",\"event\":\"Email Opened\",\"anonymousId\":\"a\","
                + "\"properties\":{\"x\":\"" + "0".repeat(20 * 1024 * 1024) + "\"}}]}";
        byte[] compressed = gzip(bomb);
        assertThat(compressed.length).as("the compressed body is small").isLessThan(100 * 1024);

        assertThat(mvc.post()
                        .uri("/v1/batch")
                        .header("Content-Type", "application/json")
                        .header("Content-Encoding", "gzip")
                        .header(GatewayTokens.HEADER, GatewayTokens.of("apikey:k1", ""))
                        .content(compressed)
                        .exchange())
                .hasStatus(413)
                .bodyJson()
                .hasPathSatisfying("$.rule", v -> v.assertThat().isEqualTo("body.size"));
        verifyNoInteractions(recordEngagements);
    }

    @Test
    void a_body_declared_gzip_that_is_not_is_a_problem_naming_the_rule() {
        assertThat(mvc.post()
                        .uri("/v1/batch")
                        .header("Content-Type", "application/json")
                        .header("Content-Encoding", "gzip")
                        .header(GatewayTokens.HEADER, GatewayTokens.of("apikey:k1", ""))
                        .content(BATCH)
                        .exchange())
                .hasStatus(400)
                .bodyJson()
                .hasPathSatisfying("$.errors[0].rule", v -> v.assertThat().isEqualTo("body.gzip"));
        verifyNoInteractions(recordEngagements);
    }

    @Test
    void an_encoding_other_than_gzip_is_refused_with_415() {
        assertThat(mvc.post()
                        .uri("/v1/batch")
                        .header("Content-Type", "application/json")
                        .header("Content-Encoding", "br")
                        .header(GatewayTokens.HEADER, GatewayTokens.of("apikey:k1", ""))
                        .content(BATCH)
                        .exchange())
                .hasStatus(415)
                .bodyJson()
                .hasPathSatisfying("$.rule", v -> v.assertThat().isEqualTo("body.encoding"));
        verifyNoInteractions(recordEngagements);
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
