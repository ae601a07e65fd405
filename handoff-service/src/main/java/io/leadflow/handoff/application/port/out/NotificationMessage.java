package io.leadflow.handoff.application.port.out;

/** A notice as one channel will send it: the address on that channel and the message body. */
public record NotificationMessage(String target, String payload) {

    public NotificationMessage {
        if (target == null || target.isBlank() || payload == null) {
            throw new IllegalArgumentException("a notification message needs a target and a payload");
        }
    }
}
