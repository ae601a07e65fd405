package io.leadflow.gateway.config;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({
    DownstreamServices.class,
    RouteTimeouts.class,
    SecurityProperties.class,
    GatewayTokenProperties.class,
    RateLimits.class,
    RequestLimits.class,
    CircuitBreakers.class,
    ConsoleProperties.class
})
class GatewayConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
