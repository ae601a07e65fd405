package io.leadflow.gateway.config;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({DownstreamServices.class, RouteTimeouts.class})
class GatewayConfiguration {
}
