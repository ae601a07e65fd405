package io.leadflow.ingestion.adapter.in.web;

/** The request clashes with what is stored; answered as a 409 problem with a stable type. */
class ConflictException extends RuntimeException {

    private final String type;

    ConflictException(String type, String message) {
        super(message);
        this.type = type;
    }

    String type() {
        return type;
    }
}
