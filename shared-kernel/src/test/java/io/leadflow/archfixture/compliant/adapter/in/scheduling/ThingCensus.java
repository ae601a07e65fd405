package io.leadflow.archfixture.compliant.adapter.in.scheduling;

import io.leadflow.archfixture.compliant.application.port.in.FindThingQuery;
import io.leadflow.archfixture.compliant.domain.ThingId;
import java.util.UUID;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

@Component
class ThingCensus {

    private static final ThingId FIRST = new ThingId(new UUID(0, 1));

    private final FindThingQuery findThing;

    ThingCensus(FindThingQuery findThing) {
        this.findThing = findThing;
    }

    @Scheduled(fixedDelayString = "${things.census-interval:1m}")
    void count() {
        findThing.find(FIRST);
    }
}
