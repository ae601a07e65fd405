package io.leadflow.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/** A person signs in on the login page and the gateway, as the registered client, gets their tokens. */
@SpringBootTest(
        properties = {
            "leadflow.identity.users[0].email=Rep@Example.com",
            "leadflow.identity.users[0].password=rep-secret",
            "leadflow.identity.users[0].roles=sales_rep",
            "leadflow.identity.users[1].email=boss@example.com",
            "leadflow.identity.users[1].password={noop}boss-secret",
            "leadflow.identity.users[1].roles=sales_manager,admin"
        })
@AutoConfigureMockMvc
class SignInFlowTest {

    private static final String REDIRECT = "http://localhost:8080/login/oauth2/code/leadflow";
    private static final String VERIFIER = "a-fixed-code-verifier-of-at-least-forty-three-characters-0123";

    @Autowired
    MockMvc mvc;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void publishes_an_openid_discovery_document_naming_its_issuer() throws Exception {
        mvc.perform(get("/.well-known/openid-configuration"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.issuer").value("http://localhost:9000"))
                .andExpect(jsonPath("$.code_challenge_methods_supported[0]").value("S256"));
    }

    @Test
    void a_browser_that_is_not_signed_in_is_sent_to_the_login_page() throws Exception {
        mvc.perform(get(URI.create(authorizeUrl())).accept(MediaType.TEXT_HTML))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(get("/login").accept(MediaType.TEXT_HTML)).andExpect(status().isOk());
    }

    @Test
    void a_wrong_password_is_refused() throws Exception {
        mvc.perform(post("/login")
                        .param("username", "rep@example.com")
                        .param("password", "not-it")
                        .with(csrf()))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void an_authorization_request_without_pkce_is_refused() throws Exception {
        MockHttpSession session = signIn("rep@example.com", "rep-secret");
        MvcResult answer = mvc.perform(get(URI.create(authorizeUrl().replaceAll("&code_challenge[^&]*", "")))
                        .session(session))
                .andReturn();
        assertThat(answer.getResponse().getRedirectedUrl())
                .contains("error=invalid_request")
                .doesNotContain("code=");
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_signed_in_rep_gets_tokens_naming_their_email_roles_and_the_leadflow_audience() throws Exception {
        Map<String, Object> access =
                claims(tokens("rep@example.com", "rep-secret").get("access_token"));

        assertThat(access.get("email")).isEqualTo("rep@example.com");
        assertThat(access.get("email_verified"))
                .as("its people are configured, so vouched for")
                .isEqualTo(true);
        assertThat(access.get("roles")).isEqualTo(List.of("sales_rep"));
        assertThat((List<Object>) access.get("aud")).contains("leadflow", "leadflow-gateway");
        assertThat(access.get("iss")).isEqualTo("http://localhost:9000");
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_password_given_as_a_hash_works_and_every_role_reaches_the_id_token() throws Exception {
        Map<String, Object> id =
                claims(tokens("boss@example.com", "boss-secret").get("id_token"));

        assertThat(id.get("email")).isEqualTo("boss@example.com");
        assertThat(id.get("email_verified")).isEqualTo(true);
        assertThat((List<Object>) id.get("roles")).containsExactlyInAnyOrder("sales_manager", "admin");
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_tool_signs_a_person_in_as_the_public_cli_client_on_any_loopback_port_without_a_secret() throws Exception {
        String redirect = "http://127.0.0.1:53682/callback";
        MockHttpSession session = signIn("boss@example.com", "boss-secret");
        String back = mvc.perform(get(URI.create(authorizeUrl("leadflow-cli", redirect, "openid")))
                        .session(session))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(back).startsWith(redirect + "?code=");
        String code = UriComponentsBuilder.fromUriString(back)
                .build()
                .getQueryParams()
                .getFirst("code");
        String body = mvc.perform(post("/oauth2/token")
                        .param("grant_type", "authorization_code")
                        .param("client_id", "leadflow-cli")
                        .param("code", code)
                        .param("redirect_uri", redirect)
                        .param("code_verifier", VERIFIER))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Map<String, Object> access =
                claims(json.readValue(body, Map.class).get("access_token").toString());

        assertThat(access.get("email")).isEqualTo("boss@example.com");
        assertThat((List<Object>) access.get("roles")).containsExactlyInAnyOrder("sales_manager", "admin");
        assertThat((List<Object>) access.get("aud")).contains("leadflow", "leadflow-cli");
        assertThat(((Number) access.get("exp")).longValue() - ((Number) access.get("iat")).longValue())
                .as("a working day")
                .isEqualTo(8 * 3600);
    }

    @Test
    void the_cli_client_may_not_send_a_person_s_code_anywhere_but_the_loopback_interface() throws Exception {
        MockHttpSession session = signIn("rep@example.com", "rep-secret");
        for (String elsewhere : List.of("http://evil.example/callback", "http://localhost:53682/callback")) {
            MvcResult answer = mvc.perform(get(URI.create(authorizeUrl("leadflow-cli", elsewhere, "openid")))
                            .session(session))
                    .andReturn();
            assertThat(answer.getResponse().getStatus()).as(elsewhere).isEqualTo(400);
            assertThat(answer.getResponse().getRedirectedUrl()).as(elsewhere).isNull();
        }
    }

    @Test
    void the_cli_client_without_pkce_gets_no_code() throws Exception {
        MockHttpSession session = signIn("rep@example.com", "rep-secret");
        String withoutPkce = authorizeUrl("leadflow-cli", "http://127.0.0.1:53682/callback", "openid")
                .replaceAll("&code_challenge[^&]*", "");
        MvcResult answer =
                mvc.perform(get(URI.create(withoutPkce)).session(session)).andReturn();

        assertThat(answer.getResponse().getRedirectedUrl()).doesNotContain("code=");
    }

    private Map<String, String> tokens(String email, String password) throws Exception {
        MockHttpSession session = signIn(email, password);
        String redirect = mvc.perform(get(URI.create(authorizeUrl())).session(session))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(redirect).startsWith(REDIRECT);
        String code = UriComponentsBuilder.fromUriString(redirect)
                .build()
                .getQueryParams()
                .getFirst("code");
        String body = mvc.perform(post("/oauth2/token")
                        .with(httpBasic("leadflow-gateway", "local-gateway-secret"))
                        .param("grant_type", "authorization_code")
                        .param("code", code)
                        .param("redirect_uri", REDIRECT)
                        .param("code_verifier", VERIFIER))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        @SuppressWarnings("unchecked")
        Map<String, String> answer = json.readValue(body, Map.class);
        return answer;
    }

    private MockHttpSession signIn(String email, String password) throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(get(URI.create(authorizeUrl())).accept(MediaType.TEXT_HTML).session(session));
        mvc.perform(post("/login")
                        .param("username", email)
                        .param("password", password)
                        .with(csrf())
                        .session(session))
                .andExpect(status().is3xxRedirection());
        return session;
    }

    private static String authorizeUrl() throws Exception {
        return authorizeUrl("leadflow-gateway", REDIRECT, "openid%20email");
    }

    private static String authorizeUrl(String client, String redirect, String scope) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(VERIFIER.getBytes(StandardCharsets.US_ASCII));
        String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        return "/oauth2/authorize?response_type=code&client_id=" + client + "&scope=" + scope
                + "&redirect_uri=" + redirect + "&state=fixed-state&code_challenge=" + challenge
                + "&code_challenge_method=S256";
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> claims(String jwt) {
        byte[] payload = Base64.getUrlDecoder().decode(jwt.split("\\.")[1]);
        return json.readValue(payload, Map.class);
    }
}
