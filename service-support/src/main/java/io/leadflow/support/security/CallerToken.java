package io.leadflow.support.security;

/**
 * The gateway's signed caller token as it travels to a service (docs/security.md, "Signed caller tokens"): a JWT in
 * the header {@value #HEADER}, signed by the gateway (issuer {@value #DEFAULT_ISSUER} unless configured), addressed
 * to one service ({@code aud} is its name), valid for about a minute. The gateway and the services share these names;
 * the gateway never depends on this module, so it repeats them and its tests check both sides agree.
 */
public final class CallerToken {

    /** The request header that carries the token (the bare JWT, no scheme). */
    public static final String HEADER = "X-LeadFlow-Identity";

    /** The issuer the gateway writes unless {@code leadflow.security.gateway-token.issuer} names another. */
    public static final String DEFAULT_ISSUER = "leadflow-gateway";

    /** The claim with the caller's LeadFlow roles (a list of wire names such as {@code sales_rep}). */
    public static final String ROLES = "roles";

    /** The claim with an API key's id, present only when an API key called. */
    public static final String API_KEY = "api_key";

    /** The claim with an API key's scope, {@code server} or {@code browser}; absent means server. */
    public static final String KEY_SCOPE = "key_scope";

    /** The claim saying whether an API key may send buying signals; absent means it may. */
    public static final String BUYING_SIGNALS = "buying_signals";

    private CallerToken() {}
}
