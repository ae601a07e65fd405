package io.leadflow.ingestion.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import io.leadflow.ingestion.application.port.in.FindPrivacyRequestQuery;
import io.leadflow.ingestion.application.port.in.PrivacyRequestPage;
import io.leadflow.ingestion.application.port.in.PrivacyRequestView;
import io.leadflow.ingestion.application.port.in.PrivacyServiceStatus;
import io.leadflow.ingestion.application.port.in.RequestErasureUseCase;
import io.leadflow.ingestion.application.port.in.RequestExportUseCase;
import io.leadflow.ingestion.application.port.out.IngestionMetrics;
import io.leadflow.ingestion.domain.PrivacyRequestKind;
import io.leadflow.kernel.InvalidValueException;
import io.leadflow.support.testing.GatewayTokens;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The lists of recent erasures and exports: who may read them, what a row shows, and paging refused by name. */
@WebMvcTest(PrivacyController.class)
@Import(WebSliceSupport.class)
class PrivacyControllerTest {

    private static final Instant AT = Instant.parse("2026-11-20T11:00:00Z");

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    RequestErasureUseCase erasure;

    @MockitoBean
    RequestExportUseCase export;

    @MockitoBean
    FindPrivacyRequestQuery find;

    @MockitoBean
    IngestionMetrics metrics;

    private static String as(String roles) {
        return GatewayTokens.of("dpo@leadflow.test", roles);
    }

    @Test
    void a_privacy_officer_reads_the_recent_erasures_with_each_services_status_and_time() {
        UUID id = UUID.randomUUID();
        PrivacyRequestView view = new PrivacyRequestView(
                id,
                PrivacyRequestKind.ERASURE,
                AT,
                null,
                null,
                List.of(
                        new PrivacyServiceStatus("ingestion-service", AT, 4),
                        new PrivacyServiceStatus("scoring-service", null, null)),
                null);
        when(find.findPrivacyRequests(PrivacyRequestKind.ERASURE, 2, 5))
                .thenReturn(new PrivacyRequestPage(List.of(view), 2, 5, 11));

        assertThat(mvc.get()
                        .uri("/api/v1/privacy/erasures?page=2&size=5")
                        .header(GatewayTokens.HEADER, as("privacy_officer")))
                .hasStatusOk()
                .bodyJson()
                .hasPathSatisfying("$.total", v -> v.assertThat().isEqualTo(11))
                .hasPathSatisfying("$.page", v -> v.assertThat().isEqualTo(2))
                .hasPathSatisfying("$.items[0].id", v -> v.assertThat().isEqualTo(id.toString()))
                .hasPathSatisfying("$.items[0].status", v -> v.assertThat().isEqualTo("PENDING"))
                .hasPathSatisfying(
                        "$.items[0].services[0].status", v -> v.assertThat().isEqualTo("DONE"))
                .hasPathSatisfying(
                        "$.items[0].services[0].records", v -> v.assertThat().isEqualTo(4))
                .hasPathSatisfying(
                        "$.items[0].services[1].status", v -> v.assertThat().isEqualTo("PENDING"));
    }

    @Test
    void an_admin_reads_the_exports_first_page_of_twenty_by_default() {
        when(find.findPrivacyRequests(PrivacyRequestKind.EXPORT, 0, 20))
                .thenReturn(new PrivacyRequestPage(List.of(), 0, 20, 0));

        assertThat(mvc.get().uri("/api/v1/privacy/exports").header(GatewayTokens.HEADER, as("admin")))
                .hasStatusOk()
                .bodyJson()
                .hasPathSatisfying("$.items", v -> v.assertThat().asList().isEmpty());
    }

    @Test
    void marketing_may_not_read_the_lists() {
        assertThat(mvc.get().uri("/api/v1/privacy/erasures").header(GatewayTokens.HEADER, as("marketing")))
                .hasStatus(403);
        verifyNoInteractions(find);
    }

    @Test
    void a_page_that_is_no_number_or_out_of_range_is_a_problem_naming_the_field() {
        assertThat(mvc.get().uri("/api/v1/privacy/exports?page=two").header(GatewayTokens.HEADER, as("admin")))
                .hasStatus(400)
                .bodyJson()
                .hasPathSatisfying("$.field", v -> v.assertThat().isEqualTo("page"));
        when(find.findPrivacyRequests(eq(PrivacyRequestKind.EXPORT), anyInt(), eq(500)))
                .thenThrow(new InvalidValueException("size", "size.range", "size is 1 to 100, got 500"));
        assertThat(mvc.get().uri("/api/v1/privacy/exports?size=500").header(GatewayTokens.HEADER, as("admin")))
                .hasStatus(400)
                .bodyJson()
                .hasPathSatisfying("$.rule", v -> v.assertThat().isEqualTo("size.range"));
    }
}
