package io.leadflow.archfixture.violating.adapterscalleachother.adapter.in.web;

import io.leadflow.archfixture.violating.adapterscalleachother.adapter.out.persistence.JdbcThingRepository;

class ThingController {

    private final JdbcThingRepository things;

    ThingController(JdbcThingRepository things) {
        this.things = things;
    }

    int count() {
        return things.count();
    }
}
