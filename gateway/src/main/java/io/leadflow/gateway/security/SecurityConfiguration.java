package io.leadflow.gateway.security;

import io.leadflow.gateway.apikey.ApiKeyAuthentication;
import io.leadflow.gateway.apikey.BrowserKeyOrigins;
import io.leadflow.gateway.config.RateLimits;
import io.leadflow.gateway.config.SecurityProperties;
import io.leadflow.gateway.filter.ProblemResponses;
import io.leadflow.gateway.filter.RateLimitFilter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.AuthenticationWebFilter;
import org.springframework.security.web.server.authentication.ServerAuthenticationEntryPointFailureHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter.Mode;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;

/**
 * The door: stateless, no sessions, no login pages. A request is authenticated by an event source's API key
 * or a person's bearer token, authorized by the {@link AccessMatrix}, rate limited per caller, and only then
 * given the identity headers the services trust. Every refusal is a problem (401, 403, 429).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
            + "style-src 'self' 'unsafe-inline'; script-src 'self'; frame-ancestors 'none'; form-action 'self'";

    @Bean
    SecurityWebFilterChain doorway(
            ServerHttpSecurity http,
            ApiKeyAuthentication apiKeys,
            ReactiveJwtDecoder jwtDecoder,
            SecurityProperties security,
            SecurityProblems problems,
            RateLimits rateLimits,
            ProblemResponses problemResponses,
            MeterRegistry meters) {
        AuthenticationWebFilter apiKeyFilter = new AuthenticationWebFilter(apiKeys);
        apiKeyFilter.setServerAuthenticationConverter(apiKeys);
        apiKeyFilter.setAuthenticationFailureHandler(new ServerAuthenticationEntryPointFailureHandler(problems));
        apiKeyFilter.setSecurityContextRepository(NoOpServerSecurityContextRepository.getInstance());

        http.csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .cors(cors -> cors.configurationSource(corsFor(security.cors())))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                        .frameOptions(frames -> frames.mode(Mode.DENY)))
                .exceptionHandling(
                        refusals -> refusals.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems)
                        .jwt(jwt -> jwt.jwtDecoder(jwtDecoder)
                                .jwtAuthenticationConverter(new JwtIdentity(
                                        security.jwt().rolesClaim(),
                                        security.jwt().emailClaim()))))
                .addFilterAt(apiKeyFilter, SecurityWebFiltersOrder.AUTHENTICATION)
                .addFilterAfter(new IdentityHeaders(), SecurityWebFiltersOrder.AUTHORIZATION)
                .addFilterAfter(new BrowserKeyOrigins(problemResponses), SecurityWebFiltersOrder.AUTHORIZATION)
                .addFilterAt(new RateLimitFilter(rateLimits, problemResponses, meters), SecurityWebFiltersOrder.LAST)
                .authorizeExchange(exchanges -> {
                    for (AccessRule rule : AccessMatrix.RULES) {
                        ServerHttpSecurity.AuthorizeExchangeSpec.Access access = rule.method() == null
                                ? exchanges.pathMatchers(rule.pattern())
                                : exchanges.pathMatchers(rule.method(), rule.pattern());
                        if (rule.isPublic()) {
                            access.permitAll();
                        } else {
                            access.hasAnyAuthority(
                                    rule.roles().stream().map(Role::wireName).toArray(String[]::new));
                        }
                    }
                    exchanges.pathMatchers(HttpMethod.OPTIONS, "/**").permitAll();
                    exchanges.anyExchange().authenticated();
                });
        return http.build();
    }

    private static CorsConfigurationSource corsFor(SecurityProperties.Cors cors) {
        CorsConfiguration configuration = new CorsConfiguration();
        configuration.setAllowedOrigins(cors.allowedOrigins());
        configuration.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"));
        configuration.setAllowedHeaders(
                List.of("Authorization", "Content-Type", "X-Api-Key", "X-Correlation-Id", "Idempotency-Key"));
        configuration.setExposedHeaders(List.of(
                "X-Correlation-Id",
                "Location",
                "RateLimit-Limit",
                "RateLimit-Remaining",
                "RateLimit-Reset",
                "Retry-After"));
        configuration.setAllowCredentials(false);
        configuration.setMaxAge(3600L);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        CorsConfiguration browserKeys = new CorsConfiguration();
        browserKeys.setAllowedOriginPatterns(List.of("*"));
        browserKeys.setAllowedMethods(List.of("POST"));
        browserKeys.setAllowedHeaders(List.of("Authorization", "Content-Type", "X-Api-Key", "X-Correlation-Id"));
        browserKeys.setExposedHeaders(configuration.getExposedHeaders());
        browserKeys.setAllowCredentials(false);
        browserKeys.setMaxAge(3600L);
        // a preflight carries no key, so any page may ask; the call itself is refused unless its Origin is the key's
        BrowserKeyOrigins.BROWSER_PATHS.forEach(path -> source.registerCorsConfiguration(path, browserKeys));
        if (!cors.allowedOrigins().isEmpty()) {
            source.registerCorsConfiguration("/**", configuration);
        }
        return source;
    }
}
