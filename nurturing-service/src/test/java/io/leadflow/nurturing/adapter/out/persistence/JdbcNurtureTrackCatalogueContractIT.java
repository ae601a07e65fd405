package io.leadflow.nurturing.adapter.out.persistence;

import io.leadflow.nurturing.application.port.out.NurtureTrackCatalogue;
import io.leadflow.nurturing.application.port.out.NurtureTrackCatalogueContract;
import org.springframework.jdbc.core.simple.JdbcClient;

class JdbcNurtureTrackCatalogueContractIT extends NurtureTrackCatalogueContract {

    private final JdbcClient jdbc = ContractDatabase.fresh();

    @Override
    protected NurtureTrackCatalogue catalogue() {
        return new JdbcNurtureTrackCatalogue(jdbc, ContractDatabase.JSON);
    }
}
