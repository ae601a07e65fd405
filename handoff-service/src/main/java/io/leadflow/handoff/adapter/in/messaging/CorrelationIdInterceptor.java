package io.leadflow.handoff.adapter.in.messaging;

import org.slf4j.MDC;
import org.springframework.integration.config.GlobalChannelInterceptor;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.stereotype.Component;

/**
 * Puts the correlation id of the message being consumed ({@value #HEADER}, the id in its event's metadata) into the
 * logging context while its consumer runs, as the field {@value #MDC_KEY} of every JSON log line, and takes it out
 * afterwards. The trace and span ids get there through the binder's listener observation, which continues the trace
 * named by the message's {@code traceparent} header.
 */
@Component
@GlobalChannelInterceptor(patterns = "*-in-*")
class CorrelationIdInterceptor implements ChannelInterceptor {

    static final String HEADER = "leadflow-correlation-id";
    static final String MDC_KEY = "correlation.id";

    @Override
    public Message<?> preSend(Message<?> message, MessageChannel channel) {
        Object correlationId = message.getHeaders().get(HEADER);
        if (correlationId != null) {
            MDC.put(MDC_KEY, correlationId.toString());
        }
        return message;
    }

    @Override
    public void afterSendCompletion(Message<?> message, MessageChannel channel, boolean sent, Exception failure) {
        MDC.remove(MDC_KEY);
    }
}
