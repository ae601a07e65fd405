package io.leadflow.archfixture.violating.fieldinjection.adapter.in.web;

import java.time.Clock;
import org.springframework.beans.factory.annotation.Autowired;

class ThingController {

    @Autowired
    private Clock clock;

    long now() {
        return clock.millis();
    }
}
