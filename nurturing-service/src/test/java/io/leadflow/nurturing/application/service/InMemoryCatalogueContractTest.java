package io.leadflow.nurturing.application.service;

import io.leadflow.nurturing.application.port.out.NurtureTrackCatalogue;
import io.leadflow.nurturing.application.port.out.NurtureTrackCatalogueContract;

class InMemoryCatalogueContractTest extends NurtureTrackCatalogueContract {

    private final InMemoryCatalogue catalogue = new InMemoryCatalogue();

    @Override
    protected NurtureTrackCatalogue catalogue() {
        return catalogue;
    }
}
