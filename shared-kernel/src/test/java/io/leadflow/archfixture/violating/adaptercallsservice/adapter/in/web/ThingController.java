package io.leadflow.archfixture.violating.adaptercallsservice.adapter.in.web;

import io.leadflow.archfixture.violating.adaptercallsservice.application.service.RegisterThingService;

class ThingController {

    private final RegisterThingService service;

    ThingController(RegisterThingService service) {
        this.service = service;
    }

    void register(String name) {
        service.register(name);
    }
}
