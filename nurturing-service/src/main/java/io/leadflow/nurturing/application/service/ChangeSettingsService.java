package io.leadflow.nurturing.application.service;

import io.leadflow.nurturing.application.port.in.ChangeSettingsUseCase;
import io.leadflow.nurturing.application.port.out.SettingsStore;
import io.leadflow.nurturing.domain.NurtureSettings;
import io.leadflow.nurturing.domain.SettingsChange;
import java.time.Clock;
import java.util.Optional;
import org.springframework.transaction.annotation.Transactional;

class ChangeSettingsService implements ChangeSettingsUseCase {

    private final SettingsStore settings;
    private final Clock clock;

    ChangeSettingsService(SettingsStore settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    @Transactional
    public NurtureSettings changeSettings(NurtureSettings next, String actor) {
        settings.save(next);
        settings.recordChange(new SettingsChange(actor == null ? "unknown" : actor, clock.instant()));
        return next;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<SettingsChange> lastChange() {
        return settings.lastChange();
    }

    @Override
    @Transactional(readOnly = true)
    public NurtureSettings currentSettings() {
        return settings.current();
    }
}
