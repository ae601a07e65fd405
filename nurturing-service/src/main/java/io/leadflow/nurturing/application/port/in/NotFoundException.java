package io.leadflow.nurturing.application.port.in;

/** The thing asked for does not exist (yet); a web adapter answers 404. */
public class NotFoundException extends RuntimeException {

    private final String resource;
    private final String id;

    public NotFoundException(String resource, String id) {
        super("no " + resource + " for " + id);
        this.resource = resource;
        this.id = id;
    }

    public String resource() {
        return resource;
    }

    public String id() {
        return id;
    }
}
