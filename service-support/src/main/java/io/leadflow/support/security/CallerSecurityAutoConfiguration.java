package io.leadflow.support.security;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every service checks who is calling the same way: each request outside the open paths (health, metrics, API
 * documents, errors) must carry the gateway's caller token in {@value CallerToken#HEADER}, signed by one of the keys
 * the gateway publishes at {@code leadflow.security.gateway-token.jwk-set-uri} (RS256), issued by the gateway, addressed
 * to this service and not expired; otherwise the answer is a 401 problem. {@code leadflow.security.signed-paths} names
 * the paths a service authenticates itself by the caller's own signature (a CRM's webhook): they need no caller token. The keys are fetched on the first call, not
 * at start-up, so a service may start before the gateway. Controllers take a {@link Caller} parameter.
 */
@AutoConfiguration(
        beforeName = {
            "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
            "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet"
                    + ".OAuth2ResourceServerAutoConfiguration"
        })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableWebSecurity
@EnableConfigurationProperties(GatewayTokenProperties.class)
public class CallerSecurityAutoConfiguration {

    /** Paths anyone may call, as before: probes, metrics, API documents, and Spring's error dispatch. */
    static final String[] OPEN_PATHS = {
        "/actuator/health",
        "/actuator/health/**",
        "/actuator/prometheus",
        "/actuator/info",
        "/v3/api-docs",
        "/v3/api-docs/**",
        "/swagger-ui.html",
        "/swagger-ui/**",
        "/error"
    };

    @Bean
    @ConditionalOnMissingBean
    JwtDecoder gatewayTokenDecoder(
            GatewayTokenProperties properties, @Value("${spring.application.name:}") String applicationName) {
        URI jwkSetUri = properties.jwkSetUri();
        if (jwkSetUri == null) {
            throw new IllegalStateException("leadflow.security.gateway-token.jwk-set-uri"
                    + " (LEADFLOW_SECURITY_GATEWAY_TOKEN_JWK_SET_URI) must name the gateway's key set, e.g."
                    + " http://gateway:8080/.well-known/leadflow-jwks.json: a service accepts no caller without it");
        }
        String audience = audience(properties, applicationName);
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(jwkSetUri.toString())
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(List.of(
                new JwtTimestampValidator(properties.clockSkew()),
                new JwtClaimValidator<Instant>(JwtClaimNames.EXP, Objects::nonNull),
                new JwtClaimValidator<String>(JwtClaimNames.SUB, subject -> subject != null && !subject.isBlank()),
                new JwtIssuerValidator(properties.issuer()),
                new JwtAudienceValidator(audience))));
        return decoder;
    }

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain callerSecurity(
            HttpSecurity http,
            JwtDecoder decoder,
            GatewayTokenProperties properties,
            @Value("${spring.application.name:}") String applicationName,
            @Value("${leadflow.security.signed-paths:}") String[] signedPaths) {
        UnauthenticatedProblem unauthenticated = new UnauthenticatedProblem(audience(properties, applicationName));
        String[] open = java.util.stream.Stream.concat(
                        java.util.Arrays.stream(OPEN_PATHS),
                        java.util.Arrays.stream(signedPaths).map(String::strip).filter(path -> !path.isEmpty()))
                .toArray(String[]::new);
        return CallerTokenChain.build(http, decoder, open, unauthenticated);
    }

    @Bean
    WebMvcConfigurer callerArguments() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new CallerArgumentResolver());
            }
        };
    }

    private static String audience(GatewayTokenProperties properties, String applicationName) {
        String audience = properties.audience();
        return audience == null || audience.isBlank() ? applicationName : audience;
    }
}
