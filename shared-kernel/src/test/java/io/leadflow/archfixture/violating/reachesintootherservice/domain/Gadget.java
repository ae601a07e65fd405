package io.leadflow.archfixture.violating.reachesintootherservice.domain;

import io.leadflow.archfixture.compliant.domain.ThingId;

public record Gadget(ThingId thing) {}
