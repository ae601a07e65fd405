package io.leadflow.gateway.security;

import io.leadflow.gateway.config.GatewayTokenProperties;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The gateway's caller token signer and the public keys it publishes at {@value #PATH}, where every service fetches
 * them (anyone may read them: they are public keys).
 */
@Configuration(proxyBeanMethods = false)
class CallerKeys {

    static final String PATH = "/.well-known/leadflow-jwks.json";

    @Bean
    CallerTokens callerTokens(GatewayTokenProperties properties, Clock clock) {
        return new CallerTokens(properties, clock);
    }

    @Bean
    RouterFunction<ServerResponse> callerKeySet(CallerTokens tokens) {
        return RouterFunctions.route()
                .GET(
                        PATH,
                        request -> ServerResponse.ok()
                                .contentType(MediaType.APPLICATION_JSON)
                                .bodyValue(tokens.publicKeys().toString()))
                .build();
    }
}
