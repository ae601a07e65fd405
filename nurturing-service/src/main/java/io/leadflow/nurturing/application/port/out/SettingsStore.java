package io.leadflow.nurturing.application.port.out;

import io.leadflow.nurturing.domain.NurtureSettings;

/** Marketing's nurturing settings; one set per installation. */
public interface SettingsStore {

    NurtureSettings current();

    void save(NurtureSettings settings);
}
