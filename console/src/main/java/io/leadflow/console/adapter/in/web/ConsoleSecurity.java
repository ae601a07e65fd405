package io.leadflow.console.adapter.in.web;

import io.leadflow.support.security.CallerToken;
import io.leadflow.support.security.CallerTokenChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Every console page needs the gateway's signed caller token in {@value CallerToken#HEADER}, checked by the decoder
 * every service uses ({@code io.leadflow.support.security}): signed by a key the gateway publishes, issued by the
 * gateway, addressed to {@code console}, not expired. Without a good one the answer is the console's 401 page
 * ({@code templates/error/401.html}); only the console's own files, its health probe and the error page are open. The
 * gateway checks CSRF and the console sets its own security headers ({@link ContentSecurityPolicy}).
 */
@Configuration(proxyBeanMethods = false)
class ConsoleSecurity {

    private static final String[] OPEN_PATHS = {"/assets/**", "/actuator/health", "/actuator/health/**", "/error"};

    @Bean
    SecurityFilterChain callerTokenRequired(HttpSecurity http, JwtDecoder gatewayTokens) {
        AuthenticationEntryPoint signInRequired = ConsoleSecurity::signInRequired;
        return CallerTokenChain.build(http, gatewayTokens, OPEN_PATHS, signInRequired);
    }

    /** 401 and the error page, which tells the person to sign in through LeadFlow's address. */
    private static void signInRequired(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException refusal)
            throws IOException {
        boolean refused = refusal instanceof InvalidBearerTokenException;
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, refused ? "Bearer error=\"invalid_token\"" : "Bearer");
        response.sendError(
                HttpStatus.UNAUTHORIZED.value(),
                refused ? "the caller token was refused; sign in through the gateway" : "sign in through the gateway");
    }
}
