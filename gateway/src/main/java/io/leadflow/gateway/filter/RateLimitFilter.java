package io.leadflow.gateway.filter;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.leadflow.gateway.apikey.ApiKeyToken;
import io.leadflow.gateway.config.RateLimits;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.InetSocketAddress;
import java.security.Principal;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Per-caller rate limits: each API key and each person has a token bucket (Bucket4j) in this replica's
 * memory; a browser write key has one per client address, with its own lower limit. Every answer carries {@code RateLimit-Limit}, {@code RateLimit-Remaining} and {@code RateLimit-Reset};
 * a caller over the limit gets a 429 problem with {@code Retry-After} and the request never reaches a
 * service. Anonymous requests are not limited here (they are refused or public). Should the bucket store
 * fail, the request passes (fail open) and {@code leadflow.gateway.ratelimit.store.failures} counts it:
 * a broken limiter must not lock every customer out.
 */
public class RateLimitFilter implements WebFilter {

    public static final String API_KEY_PREFIX = "apikey:";

    private static final Logger log = LoggerFactory.getLogger(RateLimitFilter.class);

    private final RateLimits limits;
    private final ProblemResponses problems;
    private final Cache<String, Bucket> buckets;
    private final Counter rejectedKeys;
    private final Counter rejectedUsers;
    private final Counter storeFailures;
    private final Function<RateLimits.Limit, Bucket> newBucket;

    public RateLimitFilter(RateLimits limits, ProblemResponses problems, MeterRegistry meters) {
        this(limits, problems, meters, RateLimitFilter::newBucket);
    }

    RateLimitFilter(
            RateLimits limits,
            ProblemResponses problems,
            MeterRegistry meters,
            Function<RateLimits.Limit, Bucket> newBucket) {
        this.newBucket = newBucket;
        this.limits = limits;
        this.problems = problems;
        this.buckets = Caffeine.newBuilder()
                .expireAfterAccess(limits.longestPeriod().multipliedBy(2))
                .maximumSize(100_000)
                .build();
        this.rejectedKeys = rejected(meters, "api_key");
        this.rejectedUsers = rejected(meters, "user");
        this.storeFailures = Counter.builder("leadflow.gateway.ratelimit.store.failures")
                .description("Requests let through because the rate limit store failed")
                .register(meters);
    }

    private static Counter rejected(MeterRegistry meters, String caller) {
        return Counter.builder("leadflow.gateway.ratelimit.rejected")
                .description("Requests refused with 429 because the caller exceeded its rate limit")
                .tag("caller", caller)
                .register(meters);
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!limits.enabled()) {
            return chain.filter(exchange);
        }
        return exchange.getPrincipal()
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty())
                .flatMap(caller -> caller.isPresent() ? limit(caller.get(), exchange, chain) : chain.filter(exchange));
    }

    private Mono<Void> limit(Principal principal, ServerWebExchange exchange, WebFilterChain chain) {
        String caller = principal.getName();
        boolean apiKey = caller.startsWith(API_KEY_PREFIX);
        boolean browserKey = principal instanceof ApiKeyToken key && key.isBrowserKey();
        RateLimits.Limit limit = browserKey ? limits.browserKey() : apiKey ? limits.apiKey() : limits.user();
        String bucket = browserKey ? caller + "@" + clientAddress(exchange) : caller;
        ConsumptionProbe probe;
        try {
            probe = buckets.get(bucket, ignored -> newBucket.apply(limit)).tryConsumeAndReturnRemaining(1);
        } catch (RuntimeException failure) {
            storeFailures.increment();
            log.warn("rate limit store failed; letting the request through: {}", failure.toString());
            return chain.filter(exchange);
        }
        HttpHeaders headers = exchange.getResponse().getHeaders();
        headers.set("RateLimit-Limit", Long.toString(limit.capacity()));
        headers.set("RateLimit-Remaining", Long.toString(probe.getRemainingTokens()));
        headers.set("RateLimit-Reset", Long.toString(seconds(probe.getNanosToWaitForReset())));
        if (probe.isConsumed()) {
            return chain.filter(exchange);
        }
        (apiKey ? rejectedKeys : rejectedUsers).increment();
        long retryAfter = Math.max(1, seconds(probe.getNanosToWaitForRefill()));
        headers.set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
        ProblemDetail problem = ProblemResponses.problem(
                HttpStatus.TOO_MANY_REQUESTS,
                "rate-limited",
                "Too many requests",
                (browserKey
                                ? "This browser key may make, from one client address, "
                                : "This " + (apiKey ? "API key" : "user") + " may make ")
                        + limit.capacity() + " requests per " + limit.period() + "; try again in " + retryAfter
                        + " s.");
        problem.setProperty("retryAfterSeconds", retryAfter);
        return problems.write(exchange, problem);
    }

    private static String clientAddress(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        return remote == null || remote.getAddress() == null
                ? "unknown"
                : remote.getAddress().getHostAddress();
    }

    private static Bucket newBucket(RateLimits.Limit limit) {
        return Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(limit.capacity())
                        .refillGreedy(limit.capacity(), limit.period())
                        .build())
                .build();
    }

    private static long seconds(long nanos) {
        return (nanos + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1);
    }
}
