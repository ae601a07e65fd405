package io.leadflow.gateway;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webtestclient.autoconfigure.WebTestClientBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.web.reactive.function.BodyExtractors;
import org.springframework.web.reactive.function.client.ClientResponse;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The test client reads every answer to its end and gives its connection back, as a real client does. Left to
 * itself, WebTestClient keeps a pooled connection and its buffers until a test consumes the body
 * (spring-framework#29817, #36050), and most tests here check only the status: under load, after a few thousand
 * such calls, every later request of the JVM waited for a connection until the client's timeout, while the
 * gateway itself still answered other clients at once. Every gateway IT imports this.
 */
@TestConfiguration(proxyBeanMethods = false)
class ReadWholeResponses {

    @Bean
    WebTestClientBuilderCustomizer readWholeResponses() {
        return builder ->
                builder.filter((request, next) -> next.exchange(request).flatMap(ReadWholeResponses::read));
    }

    private static Mono<ClientResponse> read(ClientResponse response) {
        return DataBufferUtils.join(response.body(BodyExtractors.toDataBuffers()))
                .map(ReadWholeResponses::copyAndRelease)
                .defaultIfEmpty(new byte[0])
                .map(bytes -> response.mutate()
                        .body(
                                bytes.length == 0
                                        ? Flux.empty()
                                        : Flux.just(DefaultDataBufferFactory.sharedInstance.wrap(bytes)))
                        .build());
    }

    private static byte[] copyAndRelease(DataBuffer joined) {
        try {
            byte[] bytes = new byte[joined.readableByteCount()];
            joined.read(bytes);
            return bytes;
        } finally {
            DataBufferUtils.release(joined);
        }
    }
}
