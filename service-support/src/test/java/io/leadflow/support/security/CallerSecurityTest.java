package io.leadflow.support.security;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.leadflow.support.testing.GatewayTokens;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@WebMvcTest(properties = "spring.application.name=scoring-service")
class CallerSecurityTest {

    @Autowired
    private MockMvc mvc;

    @Test
    void a_call_with_the_old_identity_headers_and_no_token_is_refused() throws Exception {
        mvc.perform(get("/whoami")
                        .header("X-LeadFlow-User", "admin@example.com")
                        .header("X-LeadFlow-Roles", "admin"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.type").value("https://leadflow.io/problems/unauthenticated"))
                .andExpect(jsonPath("$.service").value("scoring-service"));
    }

    @Test
    void a_token_the_gateway_signed_for_this_service_names_the_caller() throws Exception {
        String token = GatewayTokens.token()
                .user("rep@example.com")
                .roles("sales_rep", "marketing")
                .audience("scoring-service")
                .sign();
        mvc.perform(get("/whoami").header(GatewayTokens.HEADER, token))
                .andExpect(status().isOk())
                .andExpect(content().string("rep@example.com [marketing, sales_rep] person"));
    }

    @Test
    void an_api_keys_token_names_the_key() throws Exception {
        mvc.perform(get("/whoami").header(GatewayTokens.HEADER, GatewayTokens.of("apikey:k1", "source")))
                .andExpect(status().isOk())
                .andExpect(content().string("apikey:k1 [source] key k1"));
    }

    @Test
    void a_token_signed_by_another_key_is_refused() throws Exception {
        refused(GatewayTokens.token().signedByAStranger().sign());
    }

    @Test
    void an_expired_token_is_refused() throws Exception {
        refused(GatewayTokens.token()
                .expiresAt(Instant.now().minus(Duration.ofMinutes(2)))
                .sign());
    }

    @Test
    void a_token_for_another_service_is_refused() throws Exception {
        refused(GatewayTokens.token().audience("handoff-service").sign());
    }

    @Test
    void a_token_of_another_issuer_is_refused() throws Exception {
        refused(GatewayTokens.token().issuer("https://idp.example.com").sign());
    }

    @Test
    void a_token_that_is_not_a_jwt_is_refused() throws Exception {
        refused("admin@example.com");
    }

    @Test
    void health_needs_no_token() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isNotFound());
    }

    private void refused(String token) throws Exception {
        mvc.perform(get("/whoami").header(GatewayTokens.HEADER, token))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer error=\"invalid_token\""))
                .andExpect(jsonPath("$.type").value("https://leadflow.io/problems/unauthenticated"));
    }

    @SpringBootConfiguration
    @Import(WhoAmI.class)
    static class App {}

    @RestController
    static class WhoAmI {

        @GetMapping("/whoami")
        String whoami(Caller caller) {
            return caller.user() + " " + caller.roles().stream().sorted().toList() + " "
                    + (caller.isApiKey() ? "key " + caller.apiKey() : "person");
        }
    }
}
