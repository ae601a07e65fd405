package io.leadflow.archfixture.compliant.domain;

import io.leadflow.kernel.LeadId;

public record Thing(ThingId id, LeadId owner, String name, int size) {

    public Thing {
        if (name == null || name.isBlank()) {
            throw new InvalidThing("a thing needs a name");
        }
        if (size < 1) {
            throw new InvalidThing("a thing has a positive size");
        }
    }

    public Thing grow(int by) {
        return new Thing(id, owner, name, size + by);
    }
}
