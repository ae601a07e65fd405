package io.leadflow.nurturing.adapter.out.persistence;

import io.leadflow.nurturing.application.port.out.SettingsStore;
import io.leadflow.nurturing.application.port.out.SettingsStoreContract;
import org.springframework.jdbc.core.simple.JdbcClient;

class JdbcSettingsStoreContractIT extends SettingsStoreContract {

    private final JdbcClient jdbc = ContractDatabase.fresh();

    @Override
    protected SettingsStore settings() {
        return new JdbcSettingsStore(jdbc);
    }
}
