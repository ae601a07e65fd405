package io.leadflow.support.messaging;

import java.util.List;

/** Some events of a message could not be read; the message is retried and finally dead-lettered. */
public class UnreadableEventsException extends RuntimeException {

    UnreadableEventsException(List<String> unreadable, int carried) {
        super(unreadable.size() + " of " + carried + " events unreadable: " + String.join("; ", unreadable));
    }
}
