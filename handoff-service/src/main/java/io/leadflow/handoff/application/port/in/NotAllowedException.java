package io.leadflow.handoff.application.port.in;

/** The caller may not act on this resource (not the assignee, their manager or an admin); adapters answer 403. */
public class NotAllowedException extends RuntimeException {

    public NotAllowedException(String message) {
        super(message);
    }
}
