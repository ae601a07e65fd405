package io.leadflow.nurturing.application.service;

import io.leadflow.nurturing.application.port.out.NurtureTrackCatalogue;
import io.leadflow.nurturing.application.port.out.NurtureTrackCatalogueContract;

class InMemoryCatalogueContractTest extends NurtureTrackCatalogueContract {

    private final Fakes.InMemoryCatalogue catalogue = new Fakes.InMemoryCatalogue();

    @Override
    protected NurtureTrackCatalogue catalogue() {
        return catalogue;
    }
}
