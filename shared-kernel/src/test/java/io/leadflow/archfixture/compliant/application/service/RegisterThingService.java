package io.leadflow.archfixture.compliant.application.service;

import io.leadflow.archfixture.compliant.application.port.in.RegisterThingCommand;
import io.leadflow.archfixture.compliant.application.port.in.RegisterThingUseCase;
import io.leadflow.archfixture.compliant.application.port.out.ThingRepository;
import io.leadflow.archfixture.compliant.domain.Thing;
import io.leadflow.archfixture.compliant.domain.ThingId;
import java.util.UUID;
import org.springframework.transaction.annotation.Transactional;

class RegisterThingService implements RegisterThingUseCase {

    private final ThingRepository things;

    RegisterThingService(ThingRepository things) {
        this.things = things;
    }

    @Override
    @Transactional
    public ThingId register(RegisterThingCommand command) {
        Thing thing = new Thing(new ThingId(UUID.randomUUID()), command.owner(), command.name(), command.size());
        things.save(thing);
        return thing.id();
    }
}
