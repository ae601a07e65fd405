package io.leadflow.nurturing.application.service;

import io.leadflow.nurturing.application.port.out.SettingsStore;
import io.leadflow.nurturing.domain.NurtureSettings;
import io.leadflow.nurturing.domain.SettingsChange;
import java.util.Optional;

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

    private SettingsChange last;

    @Override
    public void recordChange(SettingsChange change) {
        last = change;
    }

    @Override
    public Optional<SettingsChange> lastChange() {
        return Optional.ofNullable(last);
    }
}
