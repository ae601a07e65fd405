package io.leadflow.gateway.config;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The largest request body the gateway passes on: {@code maxBody} for every path, unless a path pattern in
 * {@code perPath} (e.g. {@code "[/api/v1/imports/**]": 50MB}) says otherwise. Larger bodies get a 413 problem.
 */
@ConfigurationProperties(prefix = "leadflow.request-limits")
public record RequestLimits(@DefaultValue("1MB") DataSize maxBody, Map<String, DataSize> perPath) {

    public RequestLimits {
        perPath = perPath == null
                ? Map.of(
                        "/api/v1/imports/**",
                        DataSize.ofMegabytes(50),
                        "/api/v1/events/batch",
                        DataSize.ofMegabytes(5),
                        "/v1/batch",
                        DataSize.ofMegabytes(5))
                : Map.copyOf(perPath);
    }
}
