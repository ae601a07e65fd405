package io.leadflow.gateway.route;

import io.leadflow.gateway.config.DownstreamServices;
import java.net.URI;
import java.util.Locale;

/** The four services the gateway forwards to; the name is what problems and timeouts call it. */
public enum Downstream {
    INGESTION,
    SCORING,
    HANDOFF,
    NURTURING;

    public String serviceName() {
        return name().toLowerCase(Locale.ROOT) + "-service";
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    URI baseUri(DownstreamServices services) {
        return switch (this) {
            case INGESTION -> services.ingestion();
            case SCORING -> services.scoring();
            case HANDOFF -> services.handoff();
            case NURTURING -> services.nurturing();
        };
    }
}
