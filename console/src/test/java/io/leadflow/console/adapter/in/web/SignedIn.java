package io.leadflow.console.adapter.in.web;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.leadflow.support.testing.GatewayTokens;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Requests as the gateway forwards them for a signed-in person, and the pages they get back. */
final class SignedIn {

    private SignedIn() {}

    /** The request with the identity headers and relayed token the gateway adds for this person. */
    static MockHttpServletRequestBuilder as(String email, String roles, MockHttpServletRequestBuilder request) {
        return request.header(GatewayTokens.HEADER, GatewayTokens.of(email, roles))
                .header("Authorization", "Bearer relayed-token");
    }

    /** The page's HTML, after checking it was answered 200. */
    static String page(MockMvc mvc, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
