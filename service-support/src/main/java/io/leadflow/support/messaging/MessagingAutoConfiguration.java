package io.leadflow.support.messaging;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.integration.channel.interceptor.GlobalChannelInterceptorWrapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The way in of every service's consumers: the reader of integration events and the interceptor that puts a consumed
 * message's correlation id into the logs, on every consumer's input channel ({@code <bean>-in-<n>}). An application
 * without Spring Integration on its class path (the console) gets none of it.
 */
@AutoConfiguration
@ConditionalOnClass(name = "org.springframework.integration.channel.interceptor.GlobalChannelInterceptorWrapper")
public class MessagingAutoConfiguration {

    @Bean
    IntegrationEventReader integrationEventReader(JsonMapper json) {
        return new IntegrationEventReader(json);
    }

    @Bean
    GlobalChannelInterceptorWrapper correlationIdInterceptor() {
        GlobalChannelInterceptorWrapper wrapper = new GlobalChannelInterceptorWrapper(new CorrelationIdInterceptor());
        wrapper.setPatterns(new String[] {"*-in-*"});
        return wrapper;
    }
}
