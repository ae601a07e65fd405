package io.leadflow.nurturing.application.service;

import io.leadflow.nurturing.application.port.out.SettingsStore;
import io.leadflow.nurturing.domain.NurtureSettings;

/** {@link SettingsStore} in memory, behaving as its contract says. */
final class InMemorySettings implements SettingsStore {
    NurtureSettings settings = NurtureSettings.DEFAULT;

    @Override
    public NurtureSettings current() {
        return settings;
    }

    @Override
    public void save(NurtureSettings next) {
        settings = next;
    }
}
