package io.leadflow.archfixture.compliant.domain;

import java.util.UUID;

public record ThingId(UUID value) {

    public ThingId {
        if (value == null) {
            throw new InvalidThing("a thing needs an id");
        }
    }
}
