package io.leadflow.handoff.application.port.in;

/** The caller named a rep or hand-off that does not exist; adapters answer 404. */
public class NotFoundException extends RuntimeException {

    private final String resource;
    private final String id;

    public NotFoundException(String resource, Object id) {
        super("no " + resource + " with id " + id);
        this.resource = resource;
        this.id = String.valueOf(id);
    }

    public String resource() {
        return resource;
    }

    public String id() {
        return id;
    }
}
