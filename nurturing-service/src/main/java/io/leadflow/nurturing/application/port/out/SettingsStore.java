package io.leadflow.nurturing.application.port.out;

import io.leadflow.nurturing.domain.NurtureSettings;
import io.leadflow.nurturing.domain.SettingsChange;
import java.util.Optional;

/** Marketing's nurturing settings; one set per installation. */
public interface SettingsStore {

    NurtureSettings current();

    void save(NurtureSettings settings);

    /** Keeps who changed the settings and when, with the change. */
    void recordChange(SettingsChange change);

    /** The last change made through the API; empty while the settings are as the installation seeded them. */
    Optional<SettingsChange> lastChange();
}
