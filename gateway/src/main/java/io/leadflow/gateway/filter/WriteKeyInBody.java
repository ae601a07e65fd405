package io.leadflow.gateway.filter;

import io.leadflow.gateway.apikey.ApiKeyAuthentication;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * The write key where Segment's Java SDK (3.x) puts it: in the batch body ({@code {"batch": [...], "writeKey":
 * "..."}}) rather than in HTTP Basic. For a {@code POST /v1/batch} or {@code /v1/import} without any credential
 * header, this filter reads the body (within the path's size limit), and when its top-level {@code writeKey} is there,
 * presents it as the API key ({@value ApiKeyAuthentication#HEADER}) to the authentication that follows; the body is
 * passed on unchanged. It only finds a key: the key is checked exactly like any other, and a body without one is
 * refused as before (401). Runs before security, and reads a stranger's body only up to the path's limit.
 */
@Component
public class WriteKeyInBody implements WebFilter, Ordered {

    private static final Set<String> BATCH_PATHS = Set.of("/v1/batch", "/v1/batch/", "/v1/import", "/v1/import/");

    private final BodySizeLimitFilter sizes;
    private final ProblemResponses problems;
    private final JsonMapper json;

    public WriteKeyInBody(BodySizeLimitFilter sizes, ProblemResponses problems, JsonMapper json) {
        this.sizes = sizes;
        this.problems = problems;
        this.json = json;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        HttpHeaders headers = request.getHeaders();
        if (!HttpMethod.POST.equals(request.getMethod())
                || !BATCH_PATHS.contains(
                        request.getPath().pathWithinApplication().value())
                || headers.containsHeader(ApiKeyAuthentication.HEADER)
                || headers.containsHeader(HttpHeaders.AUTHORIZATION)
                || headers.containsHeader(HttpHeaders.CONTENT_ENCODING)) {
            return chain.filter(exchange);
        }
        DataSize limit = sizes.limitFor(request);
        return DataBufferUtils.join(request.getBody(), (int) Math.min(Integer.MAX_VALUE, limit.toBytes()))
                .map(WriteKeyInBody::bytesOf)
                .defaultIfEmpty(new byte[0])
                .flatMap(body -> chain.filter(exchange.mutate()
                        .request(replay(request, body, writeKeyOf(body)))
                        .build()))
                .onErrorResume(
                        DataBufferLimitException.class,
                        tooLarge -> problems.write(exchange, BodyTooLargeException.problem(limit)));
    }

    private static byte[] bytesOf(DataBuffer joined) {
        byte[] bytes = new byte[joined.readableByteCount()];
        joined.read(bytes);
        DataBufferUtils.release(joined);
        return bytes;
    }

    private static ServerHttpRequest replay(ServerHttpRequest request, byte[] body, Optional<String> writeKey) {
        ServerHttpRequest withKey = writeKey.isEmpty()
                ? request
                : request.mutate()
                        .headers(headers -> headers.set(ApiKeyAuthentication.HEADER, writeKey.get()))
                        .build();
        return new ServerHttpRequestDecorator(withKey) {
            @Override
            public Flux<DataBuffer> getBody() {
                return Flux.defer(() -> Flux.just(
                        org.springframework.core.io.buffer.DefaultDataBufferFactory.sharedInstance.wrap(body)));
            }
        };
    }

    /** The top-level {@code writeKey} string of a JSON object, reading no deeper than the top level. */
    Optional<String> writeKeyOf(byte[] body) {
        if (body.length == 0) {
            return Optional.empty();
        }
        try (JsonParser parser = json.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            for (JsonToken token = parser.nextToken(); token == JsonToken.PROPERTY_NAME; token = parser.nextToken()) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("writeKey".equals(name) && value == JsonToken.VALUE_STRING) {
                    String key = parser.getString().strip();
                    return key.isEmpty() ? Optional.empty() : Optional.of(key);
                }
                parser.skipChildren();
            }
            return Optional.empty();
        } catch (JacksonException notJson) {
            return Optional.empty();
        }
    }

    @Override
    public int getOrder() {
        // before Spring Security's chain (-100), after the correlation id (highest precedence)
        return -150;
    }
}
