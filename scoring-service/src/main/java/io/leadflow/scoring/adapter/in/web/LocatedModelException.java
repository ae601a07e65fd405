package io.leadflow.scoring.adapter.in.web;

import io.leadflow.scoring.domain.model.InvalidModelException;

/** An invalid model document together with the lines of the text it was read from, for the problem to point at. */
final class LocatedModelException extends RuntimeException {

    private final transient InvalidModelException invalid;
    private final transient DocumentLines lines;

    LocatedModelException(InvalidModelException invalid, DocumentLines lines) {
        super(invalid.getMessage(), invalid);
        this.invalid = invalid;
        this.lines = lines;
    }

    InvalidModelException invalid() {
        return invalid;
    }

    DocumentLines lines() {
        return lines;
    }
}
