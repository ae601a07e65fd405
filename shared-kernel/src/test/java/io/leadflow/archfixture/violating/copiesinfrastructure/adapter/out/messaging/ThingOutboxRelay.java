package io.leadflow.archfixture.violating.copiesinfrastructure.adapter.out.messaging;

/** A service's own outbox relay, which service-support already provides. */
class ThingOutboxRelay {

    int relayPending() {
        return 0;
    }
}
