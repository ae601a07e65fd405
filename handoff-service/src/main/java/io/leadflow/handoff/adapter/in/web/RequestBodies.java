package io.leadflow.handoff.adapter.in.web;

import io.leadflow.kernel.InvalidValueException;

/** Refuses a request without a JSON body before anything is mapped, naming the body as the field. */
final class RequestBodies {

    private RequestBodies() {}

    static <T> T required(T body) {
        if (body == null) {
            throw new InvalidValueException("body", "body.required", "a JSON body is required");
        }
        return body;
    }
}
