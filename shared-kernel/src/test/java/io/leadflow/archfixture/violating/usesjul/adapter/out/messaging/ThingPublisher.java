package io.leadflow.archfixture.violating.usesjul.adapter.out.messaging;

import java.util.logging.Logger;

class ThingPublisher {

    private static final Logger LOG = Logger.getLogger(ThingPublisher.class.getName());

    void publish(String name) {
        LOG.fine(name);
    }
}
