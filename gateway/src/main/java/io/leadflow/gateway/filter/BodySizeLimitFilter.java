package io.leadflow.gateway.filter;

import io.leadflow.gateway.config.RequestLimits;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Refuses a request body larger than its path allows with a 413 problem: at once when the declared
 * {@code Content-Length} says so, and while streaming when a chunked body grows past the limit. Runs after
 * authentication, so a stranger learns nothing but 401.
 */
@Component
public class BodySizeLimitFilter implements WebFilter, Ordered {

    private final DataSize defaultLimit;
    private final List<Map.Entry<PathPattern, DataSize>> limits;
    private final ProblemResponses problems;

    public BodySizeLimitFilter(RequestLimits requestLimits, ProblemResponses problems) {
        this.defaultLimit = requestLimits.maxBody();
        this.problems = problems;
        this.limits = requestLimits.perPath().entrySet().stream()
                .map(entry -> Map.entry(PathPatternParser.defaultInstance.parse(entry.getKey()), entry.getValue()))
                .sorted(Comparator.comparing(Map.Entry::getKey, PathPattern.SPECIFICITY_COMPARATOR))
                .toList();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        DataSize limit = limitFor(exchange.getRequest());
        long declared = exchange.getRequest().getHeaders().getContentLength();
        if (declared > limit.toBytes()) {
            return problems.write(exchange, BodyTooLargeException.problem(limit));
        }
        if (declared >= 0) {
            return chain.filter(exchange);
        }
        ServerHttpRequest counted = new ServerHttpRequestDecorator(exchange.getRequest()) {
            @Override
            public Flux<DataBuffer> getBody() {
                AtomicLong seen = new AtomicLong();
                return super.getBody().handle((buffer, sink) -> {
                    if (seen.addAndGet(buffer.readableByteCount()) > limit.toBytes()) {
                        DataBufferUtils.release(buffer);
                        exchange.getAttributes().put(BodyTooLargeException.ATTRIBUTE, limit);
                        sink.error(new BodyTooLargeException(limit));
                    } else {
                        sink.next(buffer);
                    }
                });
            }
        };
        return chain.filter(exchange.mutate().request(counted).build());
    }

    /** The body limit of the request's path (per-path setting, else the default). */
    DataSize limitFor(ServerHttpRequest request) {
        return limits.stream()
                .filter(entry -> entry.getKey().matches(request.getPath().pathWithinApplication()))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(defaultLimit);
    }

    @Override
    public int getOrder() {
        return 0;
    }
}
