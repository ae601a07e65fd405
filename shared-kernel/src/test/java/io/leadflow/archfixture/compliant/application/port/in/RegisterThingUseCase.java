package io.leadflow.archfixture.compliant.application.port.in;

import io.leadflow.archfixture.compliant.domain.ThingId;

public interface RegisterThingUseCase {

    ThingId register(RegisterThingCommand command);
}
