package io.leadflow.ingestion.adapter.in.web;

/** Nothing under the path asked for; answered as a 404 problem naming what was missing. */
class NotFoundException extends RuntimeException {

    private final String resource;

    NotFoundException(String resource, String message) {
        super(message);
        this.resource = resource;
    }

    String resource() {
        return resource;
    }
}
