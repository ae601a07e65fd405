package io.leadflow.nurturing.application.service;

import io.leadflow.nurturing.application.port.in.ChangeSettingsUseCase;
import io.leadflow.nurturing.application.port.out.SettingsStore;
import io.leadflow.nurturing.domain.NurtureSettings;
import org.springframework.transaction.annotation.Transactional;

class ChangeSettingsService implements ChangeSettingsUseCase {

    private final SettingsStore settings;

    ChangeSettingsService(SettingsStore settings) {
        this.settings = settings;
    }

    @Override
    @Transactional
    public NurtureSettings changeSettings(NurtureSettings next) {
        settings.save(next);
        return next;
    }

    @Override
    @Transactional(readOnly = true)
    public NurtureSettings currentSettings() {
        return settings.current();
    }
}
