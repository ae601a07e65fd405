package io.leadflow.support.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.kernel.event.MessageHeaders;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

class CorrelationIdInterceptorTest {

    private final AtomicReference<String> seenByConsumer = new AtomicReference<>();
    private final DirectChannel input = new DirectChannel();

    CorrelationIdInterceptorTest() {
        input.addInterceptor(new CorrelationIdInterceptor());
        input.subscribe(message -> seenByConsumer.set(MDC.get(CorrelationIdInterceptor.MDC_KEY)));
    }

    @AfterEach
    void clear() {
        MDC.clear();
    }

    @Test
    void the_consumer_logs_with_the_messages_correlation_id_and_the_next_message_does_not_inherit_it() {
        input.send(message("corr-1"));

        assertThat(seenByConsumer).hasValue("corr-1");
        assertThat(MDC.get(CorrelationIdInterceptor.MDC_KEY)).isNull();

        input.send(MessageBuilder.withPayload(new byte[0]).build());

        assertThat(seenByConsumer).hasNullValue();
    }

    @Test
    void a_correlation_id_that_arrives_as_bytes_is_logged_as_text() {
        input.send(MessageBuilder.withPayload(new byte[0])
                .setHeader(MessageHeaders.CORRELATION_ID, "corr-2".getBytes(StandardCharsets.UTF_8))
                .build());

        assertThat(seenByConsumer).hasValue("corr-2");
    }

    private static Message<byte[]> message(String correlationId) {
        return MessageBuilder.withPayload(new byte[0])
                .setHeader(MessageHeaders.CORRELATION_ID, correlationId)
                .build();
    }
}
