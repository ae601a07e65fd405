package io.leadflow.kernel.event;

import java.util.Map;

/**
 * Who a lead is, as far as we know: the full current profile, not a diff, so that a consumer never depends on having
 * seen the previous one. Attribute names are listed in {@link ProfileAttributes}.
 */
public record ProfileChangedEvent(EventMetadata metadata, String email, Map<String, String> attributes)
        implements IntegrationEvent {

    public static final String TYPE = "ProfileChanged";
    public static final int VERSION = 1;

    public ProfileChangedEvent {
        metadata.requireType(TYPE);
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }
}
