package io.leadflow.archfixture.compliant.application.service;

import io.leadflow.archfixture.compliant.application.port.in.FindThingQuery;
import io.leadflow.archfixture.compliant.application.port.in.ThingView;
import io.leadflow.archfixture.compliant.application.port.out.ThingRepository;
import io.leadflow.archfixture.compliant.domain.ThingId;
import java.util.Optional;
import org.springframework.transaction.annotation.Transactional;

class FindThingService implements FindThingQuery {

    private final ThingRepository things;

    FindThingService(ThingRepository things) {
        this.things = things;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ThingView> find(ThingId id) {
        return things.findById(id)
                .map(thing -> new ThingView(thing.id().value().toString(), thing.name(), thing.size()));
    }
}
