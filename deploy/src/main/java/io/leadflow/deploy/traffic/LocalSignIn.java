package io.leadflow.deploy.traffic;

import java.util.List;
import java.util.Map;

/**
 * Signing in to a local suite the way its README tells a user to: a bearer token from the gateway's embedded local
 * issuer (only switched on in the local run) for an e-mail and roles, and an API key for an event source, created by
 * an admin.
 */
public final class LocalSignIn {

    public static final String ADMIN = "admin";
    public static final String MARKETING = "marketing";
    public static final String SALES_REP = "sales_rep";
    public static final String SALES_MANAGER = "sales_manager";

    private LocalSignIn() {}

    /** The gateway as the person with this e-mail and these roles. */
    public static SuiteClient as(SuiteClient gateway, String email, String... roles) {
        SuiteClient.Answer answer =
                gateway.post("/local-auth/token", SuiteClient.json(Map.of("email", email, "roles", List.of(roles))));
        if (answer.status() != 200 || answer.body() == null) {
            throw new IllegalStateException("the local issuer gave no token for " + email + " (" + answer.status()
                    + "): " + answer.text() + "; is the gateway running with LEADFLOW_SECURITY_LOCAL_ISSUER_ENABLED?");
        }
        return gateway.as(answer.body().path("access_token").asString());
    }

    /** The gateway as a new event source, with an API key that {@code admin} created for it. */
    public static SuiteClient source(SuiteClient admin, String name) {
        SuiteClient.Answer answer = admin.post("/api/v1/api-keys", SuiteClient.json(Map.of("name", name)));
        if (answer.status() != 201 || answer.body() == null) {
            throw new IllegalStateException("no API key for " + name + " (" + answer.status() + "): " + answer.text());
        }
        return admin.withApiKey(answer.body().path("key").asString());
    }
}
