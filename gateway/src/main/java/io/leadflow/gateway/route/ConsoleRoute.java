package io.leadflow.gateway.route;

import static org.springframework.cloud.gateway.support.RouteMetadataUtils.CONNECT_TIMEOUT_ATTR;
import static org.springframework.cloud.gateway.support.RouteMetadataUtils.RESPONSE_TIMEOUT_ATTR;

import io.leadflow.gateway.config.ConsoleProperties;
import io.leadflow.gateway.config.RouteTimeouts;
import io.leadflow.gateway.filter.ConsoleCookies;
import java.util.Objects;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The web console: every path outside the API goes to it, tried after every service route. The signed-in
 * person's access token is relayed to the console alone ({@code TokenRelay}), which calls the API through the
 * gateway with it; the API's services never see a token. Of the browser's cookies only the CSRF token goes along.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "leadflow.console.url")
class ConsoleRoute {

    static final String SERVICE = "console";

    @Bean
    RouteLocator consoleRouteLocator(RouteLocatorBuilder builder, ConsoleProperties console, RouteTimeouts timeouts) {
        return builder.routes()
                .route(
                        SERVICE,
                        spec -> spec.order(Ordered.LOWEST_PRECEDENCE)
                                .not(api -> api.path("/api/**", "/v1/**", "/v3/api-docs/**", "/actuator/**"))
                                .and()
                                .path("/**")
                                .filters(filters -> filters.tokenRelay(console.registration())
                                        .filter(new ConsoleCookies())
                                        .circuitBreaker(breaker -> breaker.setName(SERVICE)))
                                .metadata(RouteMetadata.SERVICE, SERVICE)
                                .metadata(
                                        CONNECT_TIMEOUT_ATTR,
                                        Math.toIntExact(
                                                timeouts.connectFor(SERVICE).toMillis()))
                                .metadata(
                                        RESPONSE_TIMEOUT_ATTR,
                                        timeouts.responseFor(SERVICE).toMillis())
                                .uri(Objects.requireNonNull(console.url())))
                .build();
    }
}
