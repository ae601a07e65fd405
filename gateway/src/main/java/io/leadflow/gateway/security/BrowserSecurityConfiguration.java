package io.leadflow.gateway.security;

import io.leadflow.gateway.config.ConsoleProperties;
import io.leadflow.gateway.config.RateLimits;
import io.leadflow.gateway.config.SecurityProperties;
import io.leadflow.gateway.filter.ProblemResponses;
import io.leadflow.gateway.filter.RateLimitFilter;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.client.oidc.web.server.logout.OidcClientInitiatedServerLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.server.DefaultServerOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.server.WebSessionServerOAuth2AuthorizedClientRepository;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter.Mode;
import org.springframework.security.web.server.util.matcher.NegatedServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;

/**
 * The console's door, for browsers: every path outside the API. A person without a session is sent to sign
 * in (OpenID Connect, Authorization Code with PKCE, the gateway being the client); the session then stands for
 * them, the same identity headers as for a bearer token go to the console, and the console alone also gets the
 * person's access token (the route's {@code TokenRelay}) to call the API as them. The browser never holds a token.
 * Changes need the CSRF token (header {@code X-XSRF-TOKEN}) that the console reads from the HttpOnly cookie.
 * The API paths keep the stateless {@code doorway} chain, untouched: bearer tokens and API keys, no session.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "leadflow.console.url")
class BrowserSecurityConfiguration {

    /** Paths that stay with the stateless API chain, whatever the browser sends. */
    static final String[] API_PATHS = {
        "/api/**",
        "/v1/**",
        "/v3/api-docs/**",
        "/swagger-ui*",
        "/swagger-ui/**",
        "/webjars/**",
        "/actuator/**",
        CallerKeys.PATH
    };

    static final String CSRF_COOKIE = "XSRF-TOKEN";
    static final String CSRF_HEADER = "X-XSRF-TOKEN";

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityWebFilterChain browsers(
            ServerHttpSecurity http,
            ReactiveClientRegistrationRepository registrations,
            ConsoleProperties console,
            RateLimits rateLimits,
            ProblemResponses problemResponses,
            MeterRegistry meters) {
        DefaultServerOAuth2AuthorizationRequestResolver withPkce =
                new DefaultServerOAuth2AuthorizationRequestResolver(registrations);
        withPkce.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        OidcClientInitiatedServerLogoutSuccessHandler signedOut =
                new OidcClientInitiatedServerLogoutSuccessHandler(registrations);
        signedOut.setPostLogoutRedirectUri("{baseUrl}/");
        // a provider without an end-session endpoint: back to the console's start page, which signs in again
        signedOut.setLogoutSuccessUrl(URI.create("/"));
        CookieServerCsrfTokenRepository csrfCookie = new CookieServerCsrfTokenRepository();
        csrfCookie.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
        HeaderCsrfToken plainToken = new HeaderCsrfToken();

        http.securityMatcher(new NegatedServerWebExchangeMatcher(ServerWebExchangeMatchers.pathMatchers(API_PATHS)))
                .oauth2Login(login -> login.authorizationRequestResolver(withPkce))
                .logout(logout -> logout.logoutSuccessHandler(new HtmxAwareSignOut(signedOut)))
                .csrf(csrf -> csrf.csrfTokenRepository(csrfCookie).csrfTokenRequestHandler(plainToken))
                .exceptionHandling(
                        refusals -> refusals.authenticationEntryPoint(new HtmxAwareSignIn(console.registration())))
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                // the console writes its own strict Content-Security-Policy for the pages it renders
                .headers(headers -> headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(frames -> frames.mode(Mode.DENY)))
                .addFilterAfter(new CsrfCookie(), SecurityWebFiltersOrder.CSRF)
                .addFilterAfter(new IdentityHeaders(), SecurityWebFiltersOrder.AUTHORIZATION)
                .addFilterAt(new RateLimitFilter(rateLimits, problemResponses, meters), SecurityWebFiltersOrder.LAST)
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers("/login/**", "/oauth2/**", "/assets/**", "/favicon.ico")
                        .permitAll()
                        .anyExchange()
                        .authenticated());
        return http.build();
    }

    /**
     * The person's tokens live in their session, so every replica (and a restarted gateway) can relay them; the
     * default would keep them in one replica's memory.
     */
    @Bean
    ServerOAuth2AuthorizedClientRepository authorizedClientRepository() {
        return new WebSessionServerOAuth2AuthorizedClientRepository();
    }

    @Bean
    SignedInPeople signedInPeople(SecurityProperties security) {
        return new SignedInPeople(
                new JwtIdentity(security.jwt().rolesClaim(), security.jwt().emailClaim()));
    }
}
