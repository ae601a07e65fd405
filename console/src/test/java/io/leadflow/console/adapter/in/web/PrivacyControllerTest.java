package io.leadflow.console.adapter.in.web;

import static io.leadflow.console.adapter.in.web.ReportControllerTest.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.leadflow.console.application.ApiRefusal;
import io.leadflow.console.application.ListPaging;
import io.leadflow.console.application.PrivacyRequest;
import io.leadflow.console.application.PrivacyRequestList;
import io.leadflow.console.application.port.in.HandlePrivacyRequestsUseCase;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@WebMvcTest(PrivacyController.class)
class PrivacyControllerTest {

    private static final Instant AT = Instant.parse("2026-11-20T10:00:00Z");
    private static final UUID ID = UUID.fromString("0a0a0a0a-0000-4000-8000-00000000000e");
    private static final String HOSTILE = "\"><img src=x onerror=alert(2)>@evil.example";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    HandlePrivacyRequestsUseCase requests;

    private static PrivacyRequest request(String kind, boolean complete, String document) {
        return new PrivacyRequest(
                ID,
                kind,
                complete ? "COMPLETED" : "PENDING",
                AT,
                complete ? AT.plusSeconds(3) : null,
                "export".equals(kind) ? AT.plusSeconds(7 * 86400) : null,
                List.of(
                        new PrivacyRequest.ServicePart("ingestion-service", "DONE", AT, 4),
                        new PrivacyRequest.ServicePart(
                                "scoring-service",
                                complete ? "DONE" : "PENDING",
                                complete ? AT.plusSeconds(3) : null,
                                2)),
                document);
    }

    private static PrivacyRequestList listOf(PrivacyRequest... items) {
        return new PrivacyRequestList(List.of(items), new ListPaging(0, 20, items.length));
    }

    @Test
    void the_page_offers_export_and_erasure_and_lists_recent_requests_with_each_services_status() throws Exception {
        given(requests.recent(any(), eq("erasure"), anyInt())).willReturn(listOf(request("erasure", false, null)));
        given(requests.recent(any(), eq("export"), anyInt())).willReturn(listOf());

        String page = page(as("privacy_officer", get("/privacy")));

        assertThat(page)
                .contains("<label for=\"privacy-email\">", "id=\"request-export\"", "id=\"request-erasure\"")
                .contains("id=\"erasures-table\"", "href=\"/privacy/erasures/" + ID + "\"", "1 of 2 done")
                .contains("ingestion-service: done", "scoring-service: pending", "2026-11-20 10:00:00 UTC")
                .contains("No exports yet")
                .doesNotContain("id=\"confirm-erasure\"");
    }

    @Test
    void marketing_gets_403_and_the_api_is_not_asked() throws Exception {
        mvc.perform(as("marketing", get("/privacy")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                        .isForbidden());
        verifyNoInteractions(requests);
    }

    @Test
    void an_erasure_is_first_confirmed_saying_it_cannot_be_undone_with_the_address_escaped() throws Exception {
        String fragment = page(as(
                "privacy_officer",
                post("/privacy/erasures/confirm").param("email", HOSTILE).header("HX-Request", "true")));

        assertThat(fragment)
                .contains("id=\"confirm-erasure\"", "This cannot be undone", "id=\"confirm-erasure-button\"")
                .contains("&quot;&gt;&lt;img src=x onerror=alert(2)&gt;@evil.example")
                .doesNotContain("<img src=x");
        verifyNoInteractions(requests);
    }

    @Test
    void a_confirmed_erasure_is_requested_with_the_address_in_the_body_and_opens_the_requests_page() throws Exception {
        given(requests.request(any(), eq("erasure"), eq("wren@northwind.example")))
                .willReturn(request("erasure", false, null));

        MockHttpServletResponse response = mvc.perform(as(
                        "admin",
                        post("/privacy/erasures")
                                .param("email", "wren@northwind.example")
                                .header("HX-Request", "true")))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader("HX-Redirect")).isEqualTo("/privacy/erasures/" + ID);
        verify(requests).request(any(), eq("erasure"), eq("wren@northwind.example"));
    }

    @Test
    void the_apis_refusal_of_the_address_shows_at_the_field_with_what_was_typed() throws Exception {
        given(requests.request(any(), eq("export"), any()))
                .willThrow(new ApiRefusal(
                        400, "email is not an e-mail address", Map.of("email", "email is not an e-mail address")));

        MockHttpServletResponse response = mvc.perform(as(
                        "privacy_officer",
                        post("/privacy/exports")
                                .param("email", "not-an-address")
                                .header("HX-Request", "true")))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getContentAsString())
                .contains("id=\"privacy-email-error\"", "email is not an e-mail address")
                .contains(
                        "aria-invalid=\"true\"",
                        "aria-describedby=\"privacy-email-error\"",
                        "value=\"not-an-address\"");
    }

    @Test
    void an_empty_address_is_refused_at_the_field_before_the_api_is_asked() throws Exception {
        MockHttpServletResponse response = mvc.perform(as(
                        "privacy_officer",
                        post("/privacy/erasures/confirm").param("email", " ").header("HX-Request", "true")))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getContentAsString()).contains("id=\"privacy-email-error\"");
        verifyNoInteractions(requests);
    }

    @Test
    void a_pending_request_polls_itself_and_a_complete_export_shows_its_document_escaped_and_a_download()
            throws Exception {
        given(requests.find(any(), eq("erasure"), eq(ID))).willReturn(request("erasure", false, null));
        String pending = page(as("privacy_officer", get("/privacy/erasures/" + ID)));
        assertThat(pending)
                .contains("hx-trigger=\"every 2s\"", "Pending: 1 of 2 services have answered")
                .contains("id=\"service-scoring-service\"", "Records erased or anonymised");

        String document = "{\n  \"name\" : \"" + "<script>alert(1)</script>" + "\"\n}";
        given(requests.find(any(), eq("export"), eq(ID))).willReturn(request("export", true, document));
        String complete = page(as("privacy_officer", get("/privacy/exports/" + ID)));
        assertThat(complete)
                .contains("Complete: every service has answered.", "id=\"download-export\"")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>alert(1)", "hx-trigger");

        MockHttpServletResponse file = mvc.perform(
                        as("privacy_officer", get("/privacy/exports/" + ID + "/document.json")))
                .andReturn()
                .getResponse();
        assertThat(file.getContentType()).startsWith("application/json");
        assertThat(file.getHeader("Content-Disposition")).contains("attachment", "export-" + ID + ".json");
        assertThat(file.getContentAsString()).isEqualTo(document);
    }

    @Test
    void an_export_not_yet_complete_has_no_document_to_download() throws Exception {
        given(requests.find(any(), eq("export"), eq(ID))).willReturn(request("export", false, null));

        assertThat(mvc.perform(as("privacy_officer", get("/privacy/exports/" + ID + "/document.json")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return SignedIn.page(mvc, request);
    }
}
