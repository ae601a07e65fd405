package io.leadflow.console.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

@Configuration(proxyBeanMethods = false)
class ApiClientConfiguration {

    /** The API through the gateway; each call adds the signed-in person's token. */
    @Bean
    RestClient gatewayRestClient(RestClient.Builder builder, ConsoleProperties console) {
        return builder.baseUrl(console.gatewayUrl().toString()).build();
    }
}
