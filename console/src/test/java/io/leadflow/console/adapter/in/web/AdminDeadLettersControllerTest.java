package io.leadflow.console.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.leadflow.console.application.port.in.DeadLettersUseCase;
import io.leadflow.console.application.port.out.DeadLetterApi;
import io.leadflow.support.testing.GatewayTokens;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@WebMvcTest(AdminDeadLettersController.class)
class AdminDeadLettersControllerTest {

    private static final DeadLetterApi.DeadLetterRow BROKEN = new DeadLetterApi.DeadLetterRow(
            12,
            "lead.lifecycle.handoff-service",
            "3f1c0a9e-0000-4000-8000-000000000001",
            "LeadQualified",
            "7d0c0a9e-0000-4000-8000-000000000002",
            "java.lang.IllegalArgumentException: unknown team <script>alert(1)</script>",
            Instant.parse("2026-12-06T06:00:00Z"));

    @Autowired
    MockMvc mvc;

    @MockitoBean
    DeadLettersUseCase deadLetters;

    @Test
    void the_admin_sees_each_service_s_dead_letters_with_why_they_failed_escaped() throws Exception {
        given(deadLetters.deadLetters(any())).willReturn(withOneBrokenHandoff());

        String page = page(asAdmin(get("/admin/dead-letters")));

        assertThat(page)
                .contains("id=\"dead-letters\"", "id=\"service-handoff\"", "id=\"dead-letter-handoff-12\"")
                .contains("lead.lifecycle.handoff-service", "LeadQualified", "3f1c0a9e-0000-4000-8000-000000000001")
                .contains("hx-post=\"/admin/dead-letters/handoff/12/redrive\"", "id=\"redrive-all-handoff\"")
                .contains("hx-delete=\"/admin/dead-letters/handoff/12\"")
                .contains("unknown team &lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>alert(1)</script>", "id=\"redrive-all-scoring\"");
    }

    @Test
    void re_driving_one_calls_the_service_and_answers_the_list_with_the_outcome() throws Exception {
        given(deadLetters.deadLetters(any())).willReturn(withOneBrokenHandoff());
        given(deadLetters.redrive(any(), eq("handoff"), eq(12L)))
                .willReturn(new DeadLetterApi.RedriveOutcome(List.of(12L), List.of(), Map.of()));

        String answer =
                page(asAdmin(post("/admin/dead-letters/handoff/12/redrive")).header("HX-Request", "true"));

        assertThat(answer).contains("id=\"redrive-outcome\"", "Sent back: 1.").doesNotContain("<html");
    }

    @Test
    void re_driving_all_and_discarding_reach_the_service() throws Exception {
        given(deadLetters.deadLetters(any())).willReturn(withOneBrokenHandoff());
        given(deadLetters.redrive(any(), eq("handoff"), isNull()))
                .willReturn(new DeadLetterApi.RedriveOutcome(List.of(), List.of(), Map.of(12L, "no confirm")));

        String answer =
                page(asAdmin(post("/admin/dead-letters/handoff/redrive")).header("HX-Request", "true"));
        page(asAdmin(delete("/admin/dead-letters/handoff/12")).header("HX-Request", "true"));

        assertThat(answer).contains("Not sent (still listed): 1.");
        Mockito.verify(deadLetters).discard(any(), eq("handoff"), eq(12L));
    }

    @Test
    void managers_reps_and_marketing_get_403_and_no_api_call() throws Exception {
        for (String role : List.of("sales_manager", "sales_rep", "marketing")) {
            for (var request : List.of(get("/admin/dead-letters"), post("/admin/dead-letters/handoff/redrive"))) {
                mvc.perform(request.header(GatewayTokens.HEADER, GatewayTokens.of("someone@example.com", role))
                                .header("Authorization", "Bearer t"))
                        .andExpect(status().isForbidden());
            }
        }
        Mockito.verifyNoInteractions(deadLetters);
    }

    private static List<DeadLetterApi.ServiceDeadLetters> withOneBrokenHandoff() {
        return List.of(
                new DeadLetterApi.ServiceDeadLetters("scoring", List.of(), List.of()),
                new DeadLetterApi.ServiceDeadLetters(
                        "handoff",
                        List.of(new DeadLetterApi.QueueCount("lead.lifecycle.handoff-service", 1)),
                        List.of(BROKEN)));
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return SignedIn.page(mvc, request);
    }

    private static MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request) {
        return SignedIn.as("it@example.com", "admin", request);
    }
}
