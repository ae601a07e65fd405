package io.leadflow.ingestion;

import io.leadflow.support.testing.GatewayTokens;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Instances of the service started by a test itself, as replicas of one deployment: on a random port, against the
 * given database, trusting the test gateway's tokens, with the test's own settings on top.
 */
final class Instances {

    private Instances() {}

    static ConfigurableApplicationContext start(String databaseUrl, String... settings) {
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.datasource.url=" + databaseUrl,
                "--leadflow.security.gateway-token.jwk-set-uri=" + GatewayTokens.jwkSetUri()));
        arguments.addAll(List.of(settings));
        return new SpringApplicationBuilder(IngestionApplication.class).run(arguments.toArray(String[]::new));
    }

    static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
