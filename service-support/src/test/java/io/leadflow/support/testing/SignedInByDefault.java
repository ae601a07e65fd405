package io.leadflow.support.testing;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * For web slice tests where who calls does not matter: {@code @Import(SignedInByDefault.class)} sends every MockMvc
 * request with {@link GatewayTokens#anyone()}'s token unless the request sets its own.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SignedInByDefault {

    @Bean
    MockMvcBuilderCustomizer signedInByDefault() {
        String token = GatewayTokens.anyone();
        return builder -> builder.defaultRequest(MockMvcRequestBuilders.get("/").header(GatewayTokens.HEADER, token));
    }
}
