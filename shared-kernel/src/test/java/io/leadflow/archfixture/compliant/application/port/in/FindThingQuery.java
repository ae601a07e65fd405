package io.leadflow.archfixture.compliant.application.port.in;

import io.leadflow.archfixture.compliant.domain.ThingId;
import java.util.Optional;

public interface FindThingQuery {

    Optional<ThingView> find(ThingId id);
}
