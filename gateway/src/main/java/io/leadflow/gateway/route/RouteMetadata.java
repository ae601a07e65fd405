package io.leadflow.gateway.route;

/** Keys of the metadata every LeadFlow route carries, for filters that need to know where a request went. */
public final class RouteMetadata {

    /** The name of the downstream service behind the route, e.g. {@code scoring-service}. */
    public static final String SERVICE = "leadflow-service";

    private RouteMetadata() {}
}
