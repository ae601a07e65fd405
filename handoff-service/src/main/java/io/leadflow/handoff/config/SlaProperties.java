package io.leadflow.handoff.config;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The business calendar of hand-offs that no routing rule sent to a team: Monday to Friday in these hours. */
@ConfigurationProperties("leadflow.sla")
public record SlaProperties(
        @DefaultValue("UTC") ZoneId defaultTimeZone,
        @DefaultValue("09:00-17:00") String defaultWorkingHours) {}
