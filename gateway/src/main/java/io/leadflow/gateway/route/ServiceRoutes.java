package io.leadflow.gateway.route;

import static org.springframework.cloud.gateway.support.RouteMetadataUtils.CONNECT_TIMEOUT_ATTR;
import static org.springframework.cloud.gateway.support.RouteMetadataUtils.RESPONSE_TIMEOUT_ATTR;

import io.leadflow.gateway.config.DownstreamServices;
import io.leadflow.gateway.config.RouteTimeouts;
import java.util.List;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The public path table (PATHS.md). A lower order is tried first: a lead's events belong to ingestion although
 * every other path under {@code /api/v1/leads} belongs to scoring. Each service's OpenAPI document is served
 * at {@code /v3/api-docs/<service>}. Every route passes a circuit breaker named after its service. A path
 * matching nothing is answered 404 by the problem handler in {@code filter}.
 */
@Configuration(proxyBeanMethods = false)
class ServiceRoutes {

    private static final int MORE_SPECIFIC = 0;
    private static final int GENERAL = 100;

    static final List<PathRoute> TABLE = List.of(
            new PathRoute("ingestion-lead-events", Downstream.INGESTION, MORE_SPECIFIC, "/api/v1/leads/*/events/**"),
            // the funnel to revenue is scoring's (it keeps every lead's timeline); other reports are hand-off's
            new PathRoute("scoring-funnel", Downstream.SCORING, MORE_SPECIFIC, "/api/v1/reports/funnel/**"),
            new PathRoute(
                    "ingestion",
                    Downstream.INGESTION,
                    GENERAL,
                    "/api/v1/events/**",
                    "/api/v1/contacts/**",
                    "/api/v1/imports/**",
                    "/api/v1/event-types/**",
                    "/api/v1/privacy/erasures/**",
                    "/api/v1/privacy/exports/**",
                    "/api/v1/admin/dead-letters/ingestion/**"),
            new PathRoute(
                    "ingestion-segment",
                    Downstream.INGESTION,
                    GENERAL,
                    "/v1/identify",
                    "/v1/track",
                    "/v1/page",
                    "/v1/screen",
                    "/v1/group",
                    "/v1/alias",
                    "/v1/batch",
                    "/v1/batch/",
                    "/v1/import",
                    "/v1/import/"),
            new PathRoute(
                    "scoring",
                    Downstream.SCORING,
                    GENERAL,
                    "/api/v1/leads/**",
                    "/api/v1/scoring-models/**",
                    "/api/v1/predictive-models/**",
                    "/api/v1/accounts/**",
                    "/api/v1/admin/dead-letters/scoring/**"),
            new PathRoute(
                    "handoff",
                    Downstream.HANDOFF,
                    GENERAL,
                    "/api/v1/handoffs/**",
                    "/api/v1/reps/**",
                    "/api/v1/teams/**",
                    "/api/v1/routing-rules/**",
                    "/api/v1/sla-policies/**",
                    "/api/v1/reports/**",
                    "/api/v1/notification-channels/**",
                    "/api/v1/organisation-changes",
                    "/api/v1/crm/**",
                    "/api/v1/admin/dead-letters/handoff/**"),
            new PathRoute(
                    "nurturing",
                    Downstream.NURTURING,
                    GENERAL,
                    "/api/v1/nurture/**",
                    "/api/v1/admin/dead-letters/nurturing/**"));

    @Bean
    RouteLocator serviceRouteLocator(RouteLocatorBuilder builder, DownstreamServices services, RouteTimeouts timeouts) {
        RouteLocatorBuilder.Builder routes = builder.routes();
        for (PathRoute route : TABLE) {
            Downstream target = route.target();
            routes.route(
                    route.id(),
                    spec -> spec.order(route.order())
                            .path(route.patterns())
                            .filters(
                                    filters -> filters.circuitBreaker(breaker -> breaker.setName(target.serviceName())))
                            .metadata(RouteMetadata.SERVICE, target.serviceName())
                            .metadata(
                                    CONNECT_TIMEOUT_ATTR,
                                    Math.toIntExact(
                                            timeouts.connectFor(target.key()).toMillis()))
                            .metadata(
                                    RESPONSE_TIMEOUT_ATTR,
                                    timeouts.responseFor(target.key()).toMillis())
                            .uri(target.baseUri(services)));
        }
        for (Downstream target : Downstream.values()) {
            routes.route(
                    "api-docs-" + target.key(),
                    spec -> spec.order(MORE_SPECIFIC)
                            .path("/v3/api-docs/" + target.key())
                            .filters(filters -> filters.setPath("/v3/api-docs")
                                    .circuitBreaker(breaker -> breaker.setName(target.serviceName())))
                            .metadata(RouteMetadata.SERVICE, target.serviceName())
                            .metadata(
                                    CONNECT_TIMEOUT_ATTR,
                                    Math.toIntExact(
                                            timeouts.connectFor(target.key()).toMillis()))
                            .metadata(
                                    RESPONSE_TIMEOUT_ATTR,
                                    timeouts.responseFor(target.key()).toMillis())
                            .uri(target.baseUri(services)));
        }
        return routes.build();
    }

    record PathRoute(String id, Downstream target, int order, String... patterns) {}
}
