package io.leadflow.gateway.security;

import static io.leadflow.gateway.security.Role.ADMIN;
import static io.leadflow.gateway.security.Role.MARKETING;
import static io.leadflow.gateway.security.Role.PRIVACY_OFFICER;
import static io.leadflow.gateway.security.Role.SALES_MANAGER;
import static io.leadflow.gateway.security.Role.SALES_REP;
import static io.leadflow.gateway.security.Role.SOURCE;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;

/**
 * The role → route matrix, as data: the security configuration enforces it and the tests are generated from
 * it. Rules are tried top to bottom, the first match decides; a path no rule names needs a signed-in caller
 * of any role (and then usually meets the 404 of a path no service owns). Ownership (a rep's own hand-offs,
 * a manager's team) is not decided here: the gateway passes the caller on and the service checks.
 */
public final class AccessMatrix {

    private static final Set<Role> SALES = EnumSet.of(SALES_REP, SALES_MANAGER, ADMIN);
    private static final Set<Role> MANAGERS = EnumSet.of(SALES_MANAGER, ADMIN);
    private static final Set<Role> MARKETERS = EnumSet.of(MARKETING, ADMIN);
    private static final Set<Role> ADMINS = EnumSet.of(ADMIN);
    private static final Set<Role> PRIVACY = EnumSet.of(PRIVACY_OFFICER, ADMIN);
    private static final Set<Role> EVENT_WRITERS = EnumSet.of(SOURCE, ADMIN);
    private static final Set<Role> LEAD_READERS = EnumSet.of(MARKETING, SALES_REP, SALES_MANAGER, ADMIN);
    private static final Set<Role> ANYONE = Set.of();

    /** Every rule, most specific first. */
    public static final List<AccessRule> RULES = List.of(
            // the gateway itself
            rule(null, "/actuator/health/**", ANYONE),
            rule(HttpMethod.GET, "/actuator/prometheus", ANYONE),
            rule(HttpMethod.GET, CallerKeys.PATH, ANYONE),
            rule(HttpMethod.GET, "/v3/api-docs/**", ANYONE),
            rule(HttpMethod.GET, "/swagger-ui.html", ANYONE),
            rule(HttpMethod.GET, "/swagger-ui/**", ANYONE),
            rule(HttpMethod.GET, "/webjars/**", ANYONE),
            rule(null, "/api/v1/api-keys/**", ADMINS),
            // every service's dead letters (docs/operations.md)
            rule(null, "/api/v1/admin/dead-letters/ingestion/**", ADMINS),
            rule(null, "/api/v1/admin/dead-letters/scoring/**", ADMINS),
            rule(null, "/api/v1/admin/dead-letters/handoff/**", ADMINS),
            rule(null, "/api/v1/admin/dead-letters/nurturing/**", ADMINS),
            // ingestion: event sources write, marketing reads and imports
            rule(HttpMethod.POST, "/api/v1/events", EVENT_WRITERS),
            rule(HttpMethod.POST, "/api/v1/events/batch", EVENT_WRITERS),
            rule(HttpMethod.POST, "/api/v1/contacts/search", MARKETERS),
            rule(null, "/api/v1/contacts/*/consent", MARKETERS),
            rule(HttpMethod.POST, "/api/v1/contacts", EnumSet.of(SOURCE, MARKETING, ADMIN)),
            rule(HttpMethod.GET, "/api/v1/contacts/*", MARKETERS),
            rule(null, "/api/v1/imports/**", MARKETERS),
            rule(HttpMethod.GET, "/api/v1/leads/*/events", LEAD_READERS),
            // data subjects' requests (docs/privacy.md): admins and privacy officers
            rule(null, "/api/v1/privacy/erasures/**", PRIVACY),
            rule(null, "/api/v1/privacy/exports/**", PRIVACY),
            rule(HttpMethod.GET, "/api/v1/event-types/**", MARKETERS),
            rule(null, "/api/v1/event-types/**", ADMINS),
            rule(HttpMethod.POST, "/v1/identify", EVENT_WRITERS),
            rule(HttpMethod.POST, "/v1/track", EVENT_WRITERS),
            rule(HttpMethod.POST, "/v1/page", EVENT_WRITERS),
            rule(HttpMethod.POST, "/v1/group", EVENT_WRITERS),
            rule(HttpMethod.POST, "/v1/screen", EVENT_WRITERS),
            rule(HttpMethod.POST, "/v1/alias", EVENT_WRITERS),
            rule(HttpMethod.POST, "/v1/batch", EVENT_WRITERS),
            rule(HttpMethod.POST, "/v1/batch/", EVENT_WRITERS),
            // where Segment's own SDKs post their batches
            rule(HttpMethod.POST, "/v1/import", EVENT_WRITERS),
            rule(HttpMethod.POST, "/v1/import/", EVENT_WRITERS),
            // scoring: everyone in sales and marketing sees leads; marketing manages models
            rule(null, "/api/v1/leads/*/account", EnumSet.of(MARKETING, ADMIN)),
            rule(HttpMethod.GET, "/api/v1/leads/**", LEAD_READERS),
            rule(null, "/api/v1/scoring-models/**", MARKETERS),
            rule(null, "/api/v1/predictive-models/**", MARKETERS),
            // accounts: marketing and admins keep them, sales reads them
            rule(HttpMethod.GET, "/api/v1/accounts/**", LEAD_READERS),
            rule(null, "/api/v1/accounts/**", MARKETERS),
            // hand-off: reps act on their own (the service checks whose), managers on their team's
            rule(null, "/api/v1/handoffs/**", SALES),
            // CRM deal webhooks: public here, the hand-off service checks the CRM's signature before reading them
            rule(HttpMethod.POST, "/api/v1/crm/hubspot/deals", ANYONE),
            rule(HttpMethod.POST, "/api/v1/crm/salesforce/opportunities", ANYONE),
            rule(null, "/api/v1/crm/**", ADMINS),
            rule(null, "/api/v1/reps/*/availability", MANAGERS),
            rule(HttpMethod.GET, "/api/v1/reps/**", SALES),
            rule(null, "/api/v1/reps/**", ADMINS),
            rule(HttpMethod.GET, "/api/v1/teams/**", SALES),
            rule(null, "/api/v1/teams/**", ADMINS),
            rule(HttpMethod.GET, "/api/v1/reports/**", EnumSet.of(MARKETING, SALES_MANAGER, ADMIN)),
            rule(null, "/api/v1/routing-rules/**", ADMINS),
            rule(HttpMethod.GET, "/api/v1/organisation-changes", ADMINS),
            rule(null, "/api/v1/sla-policies/**", ADMINS),
            rule(null, "/api/v1/notification-channels/**", ADMINS),
            // nurturing: marketing's
            rule(null, "/api/v1/nurture/**", MARKETERS));

    private AccessMatrix() {}

    private static AccessRule rule(@Nullable HttpMethod method, String pattern, Set<Role> roles) {
        return new AccessRule(method, pattern, roles);
    }
}
