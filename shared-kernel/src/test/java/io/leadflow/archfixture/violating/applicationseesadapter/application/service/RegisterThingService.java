package io.leadflow.archfixture.violating.applicationseesadapter.application.service;

import io.leadflow.archfixture.violating.applicationseesadapter.adapter.in.web.ThingResponse;
import io.leadflow.archfixture.violating.applicationseesadapter.domain.Thing;

class RegisterThingService {

    ThingResponse register(String name) {
        return new ThingResponse(new Thing(name).name());
    }
}
