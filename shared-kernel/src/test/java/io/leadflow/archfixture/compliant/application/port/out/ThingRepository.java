package io.leadflow.archfixture.compliant.application.port.out;

import io.leadflow.archfixture.compliant.domain.Thing;
import io.leadflow.archfixture.compliant.domain.ThingId;
import java.util.Optional;

public interface ThingRepository {

    void save(Thing thing);

    Optional<Thing> findById(ThingId id);
}
