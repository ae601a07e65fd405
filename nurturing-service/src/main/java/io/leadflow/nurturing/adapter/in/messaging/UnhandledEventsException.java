package io.leadflow.nurturing.adapter.in.messaging;

import java.util.List;

/** Some events of a message could not be handled; the message is retried and finally dead-lettered. */
class UnhandledEventsException extends RuntimeException {

    UnhandledEventsException(List<String> failed, int carried) {
        super(failed.size() + " of " + carried + " events not handled: " + String.join("; ", failed));
    }
}
