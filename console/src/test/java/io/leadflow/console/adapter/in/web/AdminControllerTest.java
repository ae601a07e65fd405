package io.leadflow.console.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.leadflow.console.application.ApiRefusal;
import io.leadflow.console.application.port.in.ApiKeysUseCase;
import io.leadflow.console.application.port.out.AdminApi;
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

@WebMvcTest(AdminController.class)
class AdminControllerTest {

    private static final AdminApi.ApiKey FORMS =
            new AdminApi.ApiKey("k1", "website forms", Instant.parse("2026-12-01T08:00:00Z"), "it@example.com", null);
    private static final AdminApi.ApiKey OLD = new AdminApi.ApiKey(
            "k0",
            "old shop",
            Instant.parse("2026-11-01T08:00:00Z"),
            "it@example.com",
            Instant.parse("2026-11-02T08:00:00Z"));

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ApiKeysUseCase keys;

    @Test
    void the_admin_sees_the_keys_with_a_confirmed_revoke_for_live_ones_only() throws Exception {
        given(keys.apiKeys(any())).willReturn(List.of(FORMS, OLD));

        String page = page(asAdmin(get("/admin/api-keys")));

        assertThat(page).contains("id=\"api-keys\"", "id=\"create-api-key\"", "website forms", "old shop", "revoked");
        assertThat(page)
                .contains(
                        "id=\"revoke-k1\"",
                        "hx-delete=\"/admin/api-keys/k1\"",
                        "hx-confirm=\"Revoke the key website forms?");
        assertThat(page).doesNotContain("id=\"revoke-k0\"", "id=\"new-key\"");
    }

    @Test
    void a_created_key_is_shown_once_in_the_answer_with_a_note_and_never_in_the_list() throws Exception {
        given(keys.createApiKey(any(), eq("website forms")))
                .willReturn(new AdminApi.NewApiKey("k1", "website forms", "lf_k1_s3cr3t"));
        given(keys.apiKeys(any())).willReturn(List.of(FORMS));

        String answer = page(
                asAdmin(post("/admin/api-keys")).param("name", "website forms").header("HX-Request", "true"));

        assertThat(answer).contains("id=\"new-key\"", "lf_k1_s3cr3t", "will not be shown again");
        assertThat(answer).contains("id=\"api-keys\"", "hx-swap-oob=\"true\"").doesNotContain("<html");
        assertThat(page(asAdmin(get("/admin/api-keys")))).doesNotContain("lf_k1_s3cr3t");
    }

    @Test
    void revoking_calls_the_gateway_and_answers_the_list() throws Exception {
        given(keys.apiKeys(any())).willReturn(List.of(OLD));

        String answer = page(asAdmin(delete("/admin/api-keys/{id}", "k1")).header("HX-Request", "true"));

        Mockito.verify(keys).revokeApiKey(any(), eq("k1"));
        assertThat(answer).contains("id=\"api-keys\"", "old shop");
    }

    @Test
    void a_refused_name_is_shown_next_to_the_form() throws Exception {
        willThrow(new ApiRefusal(400, "name is required", Map.of("name", "name is required")))
                .given(keys)
                .createApiKey(any(), any());

        String answer = mvc.perform(
                        asAdmin(post("/admin/api-keys")).param("name", "").header("HX-Request", "true"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(answer).contains("name is required");
    }

    @Test
    void hostile_key_names_are_escaped_in_the_list_and_the_confirmation() throws Exception {
        given(keys.apiKeys(any()))
                .willReturn(
                        List.of(new AdminApi.ApiKey("k2", "<script>alert(1)</script>", null, "it@example.com", null)));

        String page = page(asAdmin(get("/admin/api-keys")));

        assertThat(page).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void the_admin_start_page_links_the_sub_pages() throws Exception {
        assertThat(page(asAdmin(get("/admin"))))
                .contains("href=\"/admin/api-keys\"", "href=\"/admin/teams\"", "href=\"/admin/reps\"")
                .contains("href=\"/admin/routing\"", "href=\"/admin/sla\"", "href=\"/admin/dead-letters\"");
    }

    @Test
    void managers_reps_and_marketing_get_403_and_no_api_call() throws Exception {
        for (String role : List.of("sales_manager", "sales_rep", "marketing")) {
            for (var request : List.of(
                    get("/admin"),
                    get("/admin/api-keys"),
                    post("/admin/api-keys").param("name", "x"))) {
                mvc.perform(request.header(GatewayTokens.HEADER, GatewayTokens.of("someone@example.com", role))
                                .header("Authorization", "Bearer t"))
                        .andExpect(status().isForbidden());
            }
        }
        Mockito.verifyNoInteractions(keys);
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return SignedIn.page(mvc, request);
    }

    private static MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request) {
        return SignedIn.as("it@example.com", "admin", request);
    }
}
