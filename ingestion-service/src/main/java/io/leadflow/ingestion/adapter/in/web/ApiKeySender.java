package io.leadflow.ingestion.adapter.in.web;

/**
 * The API key behind a request: the gateway names an event source {@code apikey:<id>} in {@code X-LeadFlow-User}, and
 * each raw event keeps that id for audit. Never read from a body.
 */
final class ApiKeySender {

    private static final String PREFIX = "apikey:";

    private ApiKeySender() {}

    /** The key's id, or null when a person (or nobody) is calling. */
    static String idOf(String user) {
        String caller = Callers.caller(user);
        return caller.startsWith(PREFIX) && caller.length() > PREFIX.length()
                ? caller.substring(PREFIX.length())
                : null;
    }
}
