package io.leadflow.support.messaging;

import io.leadflow.kernel.event.MessageHeaders;
import java.nio.charset.StandardCharsets;
import org.slf4j.MDC;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.support.ChannelInterceptor;

/**
 * Puts the correlation id of the message being consumed (the id in its event's metadata) into the logging context
 * while its consumer runs, as the field {@value #MDC_KEY} of every JSON log line, and takes it out afterwards. The
 * trace and span ids get there through the binder's listener observation, which continues the trace named by the
 * message's {@code traceparent} header.
 */
public class CorrelationIdInterceptor implements ChannelInterceptor {

    public static final String MDC_KEY = "correlation.id";

    @Override
    public Message<?> preSend(Message<?> message, MessageChannel channel) {
        Object correlationId = message.getHeaders().get(MessageHeaders.CORRELATION_ID);
        if (correlationId instanceof byte[] bytes) {
            MDC.put(MDC_KEY, new String(bytes, StandardCharsets.UTF_8));
        } else if (correlationId != null) {
            MDC.put(MDC_KEY, correlationId.toString());
        }
        return message;
    }

    @Override
    public void afterSendCompletion(Message<?> message, MessageChannel channel, boolean sent, Exception failure) {
        MDC.remove(MDC_KEY);
    }
}
