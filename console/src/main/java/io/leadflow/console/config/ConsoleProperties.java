package io.leadflow.console.config;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Where the API is: the gateway, which checks every call the console makes like any other client's. */
@ConfigurationProperties(prefix = "leadflow.console")
public record ConsoleProperties(
        @DefaultValue("http://localhost:8080") URI gatewayUrl) {}
