package io.leadflow.nurturing.domain;

import java.time.Instant;

/** Who last changed marketing's nurturing settings (as the gateway named them), and when. */
public record SettingsChange(String actor, Instant at) {

    public SettingsChange {
        if (actor == null || at == null) {
            throw new IllegalArgumentException("a settings change has an actor and a time");
        }
    }
}
