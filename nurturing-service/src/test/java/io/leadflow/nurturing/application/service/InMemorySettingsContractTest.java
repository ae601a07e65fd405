package io.leadflow.nurturing.application.service;

import io.leadflow.nurturing.application.port.out.SettingsStore;
import io.leadflow.nurturing.application.port.out.SettingsStoreContract;

class InMemorySettingsContractTest extends SettingsStoreContract {

    private final InMemorySettings settings = new InMemorySettings();

    @Override
    protected SettingsStore settings() {
        return settings;
    }
}
