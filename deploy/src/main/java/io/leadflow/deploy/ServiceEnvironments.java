package io.leadflow.deploy;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The environment each process of the local stack starts with: its address and port, JSON logs, its database and
 * broker, where the gateway finds the services, who signs in at the local identity provider and how the console uses
 * it when it runs, and what a caller added for one module (the demo's inbox, a fault-injecting proxy), which wins over
 * the defaults. A replica gets its service's environment with a port of its own.
 */
final class ServiceEnvironments {

    private final StackConfig config;
    private final Map<String, Map<String, String>> extra = new HashMap<>();
    /** Who may sign in at the local provider. */
    private ConsolePeople people = ConsolePeople.admin();
    /** Whether the web console runs. */
    private boolean console;
    /** What the gateway proves itself with to the local provider, made up for this run. */
    private final String gatewaySecret = ConsolePeople.password();

    ServiceEnvironments(StackConfig config) {
        this.config = config;
    }

    /** More environment for one process, by module name, overriding the defaults. */
    void add(String module, Map<String, String> environment) {
        extra.computeIfAbsent(module, ignored -> new LinkedHashMap<>()).putAll(environment);
    }

    /** These people may sign in at the local provider (instead of one admin). */
    void withPeople(ConsolePeople consolePeople) {
        this.people = consolePeople;
    }

    /** Runs the console too, with these people allowed to sign in. */
    void withConsole(ConsolePeople consolePeople) {
        this.people = consolePeople;
        this.console = true;
    }

    boolean console() {
        return console;
    }

    ConsolePeople people() {
        return people;
    }

    /** The environment of a process of the suite, a fresh map the caller may change. */
    Map<String, String> of(SuiteService service) {
        return switch (service) {
            case GATEWAY -> gateway();
            case IDENTITY -> identity();
            case CONSOLE -> console(service);
            default -> service(service);
        };
    }

    /** Where people sign in: the local provider's address, which is also the issuer its tokens name. */
    String identityUrl() {
        return "http://localhost:" + SuiteService.IDENTITY.port(config);
    }

    /**
     * What every process gets: its port, one JSON log object per line as in Kubernetes, the public address that links
     * in notifications use, and leave to send notifications to this machine (a laptop's webhook tools listen there;
     * in Kubernetes the services refuse internal addresses).
     */
    private Map<String, String> process(SuiteService service) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PORT", Integer.toString(service.port(config)));
        // this machine only; the gateway, the one door, where --bind says (the identity provider refuses any other)
        env.put("SERVER_ADDRESS", service == SuiteService.GATEWAY ? config.bindAddress() : StackConfig.LOOPBACK);
        env.put("LOGGING_STRUCTURED_FORMAT_CONSOLE", "ecs");
        env.put("LEADFLOW_PUBLIC_BASE_URL", config.gatewayUrl());
        env.put("LEADFLOW_NOTIFICATIONS_ALLOWED_HOSTS", "127.0.0.1,localhost");
        env.put("LEADFLOW_NURTURE_WEBHOOK_ALLOWED_HOSTS", "127.0.0.1,localhost");
        // a local run: the services may start without the secrets every other environment must provide
        env.put("LEADFLOW_LOCAL_RUN", "true");
        return env;
    }

    /** A process with a database of its own: where it is and, for the embedded one, its credentials. */
    private Map<String, String> database(SuiteService service) {
        Map<String, String> env = process(service);
        env.put("LEADFLOW_DB_HOST", config.database().host());
        env.put("LEADFLOW_DB_PORT", Integer.toString(config.database().port()));
        env.put("LEADFLOW_DB_NAME", config.databasePrefix() + service.database());
        if (config.embedded()) {
            // the embedded server's own credentials, whatever the environment says for an external one
            env.put("LEADFLOW_DB_USER", config.database().user());
            env.put("LEADFLOW_DB_PASSWORD", config.database().password());
        }
        return env;
    }

    private Map<String, String> service(SuiteService service) {
        Map<String, String> env = database(service);
        env.put("LEADFLOW_RABBIT_HOST", config.broker().host());
        env.put("LEADFLOW_RABBIT_PORT", Integer.toString(config.broker().port()));
        if (config.embedded()) {
            env.put("LEADFLOW_RABBIT_USER", config.broker().user());
            env.put("LEADFLOW_RABBIT_PASSWORD", config.broker().password());
            env.put("LEADFLOW_RABBIT_VHOST", "/");
        }
        // who is calling: the caller tokens the gateway signs, checked with the keys it publishes
        env.put("LEADFLOW_SECURITY_GATEWAY_TOKEN_JWK_SET_URI", config.gatewayUrl() + "/.well-known/leadflow-jwks.json");
        env.putAll(extra.getOrDefault(service.module(), Map.of()));
        return env;
    }

    /** The local provider: its issuer, the gateway as its one client with this run's secret, the people. */
    private Map<String, String> identity() {
        Map<String, String> env = process(SuiteService.IDENTITY);
        env.put("LEADFLOW_IDENTITY_ISSUER", identityUrl());
        env.put("LEADFLOW_IDENTITY_GATEWAY_SECRET", gatewaySecret);
        env.put("LEADFLOW_GATEWAY_URL", config.gatewayUrl());
        env.putAll(people.environment());
        env.putAll(extra.getOrDefault(SuiteService.IDENTITY.module(), Map.of()));
        return env;
    }

    /** The console: it calls the API through the gateway, as the signed-in person. */
    private Map<String, String> console(SuiteService service) {
        Map<String, String> env = process(service);
        // tells the launcher when it is ready, as the services do
        env.put("MANAGEMENT_ENDPOINT_HEALTH_PROBES_ENABLED", "true");
        env.put("LEADFLOW_GATEWAY_URL", config.gatewayUrl());
        // who is asking: the caller tokens the gateway signs, checked with the keys it publishes
        env.put("LEADFLOW_SECURITY_GATEWAY_TOKEN_JWK_SET_URI", config.gatewayUrl() + "/.well-known/leadflow-jwks.json");
        env.putAll(extra.getOrDefault(service.module(), Map.of()));
        return env;
    }

    /**
     * Signing people in to the console (docs/console.md): browser paths go to the console and the gateway is the
     * local provider's client.
     */
    private Map<String, String> signIn() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("LEADFLOW_CONSOLE_URL", "http://localhost:" + SuiteService.CONSOLE.port(config));
        String registration = "SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_LEADFLOW_";
        env.put(registration + "CLIENT_ID", "leadflow-gateway");
        env.put(registration + "CLIENT_SECRET", gatewaySecret);
        env.put(registration + "AUTHORIZATION_GRANT_TYPE", "authorization_code");
        env.put(registration + "REDIRECT_URI", "{baseUrl}/login/oauth2/code/{registrationId}");
        env.put(registration + "SCOPE", "openid,email,profile");
        env.put("SPRING_SECURITY_OAUTH2_CLIENT_PROVIDER_LEADFLOW_ISSUER_URI", identityUrl());
        return env;
    }

    private Map<String, String> gateway() {
        Map<String, String> env = database(SuiteService.GATEWAY);
        for (SuiteService service : SuiteService.SERVICES) {
            env.put(
                    "LEADFLOW_SERVICES_" + service.database().toUpperCase(Locale.ROOT),
                    "http://localhost:" + service.port(config));
        }
        // a local run has no company identity provider: people sign in at the local one, whose tokens the API accepts
        env.put("LEADFLOW_SECURITY_JWT_ISSUER_URI", identityUrl());
        if (console()) {
            env.putAll(signIn());
        }
        env.putAll(extra.getOrDefault(SuiteService.GATEWAY.module(), Map.of()));
        return env;
    }
}
