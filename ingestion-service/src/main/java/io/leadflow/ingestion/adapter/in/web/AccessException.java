package io.leadflow.ingestion.adapter.in.web;

import org.springframework.http.HttpStatus;

/** The caller is unknown (401) or lacks the role (403). */
class AccessException extends RuntimeException {

    private final HttpStatus status;

    AccessException(HttpStatus status, String message) {
        super(message);
        this.status = status;
    }

    HttpStatus status() {
        return status;
    }
}
