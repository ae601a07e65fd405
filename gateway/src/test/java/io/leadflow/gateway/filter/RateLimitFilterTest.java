package io.leadflow.gateway.filter;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.gateway.config.RateLimits;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.security.Principal;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

class RateLimitFilterTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final RateLimits limits = new RateLimits(
            true,
            new RateLimits.Limit(1, Duration.ofHours(1)),
            new RateLimits.Limit(1, Duration.ofHours(1)),
            new RateLimits.Limit(1, Duration.ofHours(1)));
    private final ProblemResponses problems = new ProblemResponses(ServerCodecConfigurer.create());
    private final AtomicInteger passed = new AtomicInteger();
    private final WebFilterChain service = exchange -> {
        passed.incrementAndGet();
        return Mono.empty();
    };

    @Test
    void when_the_limit_store_fails_requests_pass_and_the_failure_is_counted() {
        RateLimitFilter filter = new RateLimitFilter(limits, problems, meters, limit -> {
            throw new IllegalStateException("limit store unreachable");
        });

        for (int i = 0; i < 3; i++) {
            MockServerWebExchange exchange = exchangeOf("rep@leadflow.test");
            filter.filter(exchange, service).block();
            assertThat(exchange.getResponse().getStatusCode()).isNotEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        }

        assertThat(passed).hasValue(3);
        assertThat(meters.counter("leadflow.gateway.ratelimit.store.failures").count())
                .isEqualTo(3.0);
    }

    @Test
    void an_api_key_and_a_person_are_counted_apart_and_only_the_one_over_its_limit_is_refused() {
        RateLimitFilter filter = new RateLimitFilter(limits, problems, meters);

        filter.filter(exchangeOf("apikey:0123456789abcdef"), service).block();
        MockServerWebExchange second = exchangeOf("apikey:0123456789abcdef");
        filter.filter(second, service).block();
        filter.filter(exchangeOf("rep@leadflow.test"), service).block();

        assertThat(second.getResponse().getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(second.getResponse().getHeaders().getFirst("Retry-After")).isNotBlank();
        assertThat(passed).hasValue(2);
        assertThat(meters.counter("leadflow.gateway.ratelimit.rejected", "caller", "api_key")
                        .count())
                .isEqualTo(1.0);
        assertThat(meters.counter("leadflow.gateway.ratelimit.rejected", "caller", "user")
                        .count())
                .isZero();
    }

    @Test
    void an_anonymous_request_is_not_limited_here() {
        RateLimitFilter filter = new RateLimitFilter(limits, problems, meters);

        for (int i = 0; i < 3; i++) {
            filter.filter(MockServerWebExchange.from(MockServerHttpRequest.get("/actuator/health")), service)
                    .block();
        }

        assertThat(passed).hasValue(3);
    }

    private static MockServerWebExchange exchangeOf(String caller) {
        Principal principal = () -> caller;
        return MockServerWebExchange.builder(MockServerHttpRequest.get("/api/v1/leads"))
                .principal(principal)
                .build();
    }
}
