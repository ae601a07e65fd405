package io.leadflow.deploy;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The environment each process of the local stack starts with: its port, JSON logs, its database and broker, where
 * the gateway finds the services, and what a caller added for one module (the demo's inbox, a fault-injecting proxy),
 * which wins over the defaults. A replica gets its service's environment with a port of its own.
 */
final class ServiceEnvironments {

    private final StackConfig config;
    private final Map<String, Map<String, String>> extra = new HashMap<>();

    ServiceEnvironments(StackConfig config) {
        this.config = config;
    }

    /** More environment for one process, by module name, overriding the defaults. */
    void add(String module, Map<String, String> environment) {
        extra.computeIfAbsent(module, ignored -> new LinkedHashMap<>()).putAll(environment);
    }

    /** The environment of a service or the gateway, a fresh map the caller may change. */
    Map<String, String> of(SuiteService service) {
        return service == SuiteService.GATEWAY ? gateway() : service(service);
    }

    /**
     * What every process gets: its port, one JSON log object per line as in Kubernetes, the public address that links
     * in notifications use, and leave to send notifications to this machine (a laptop's webhook tools listen there;
     * in Kubernetes the services refuse internal addresses).
     */
    private Map<String, String> process(SuiteService service) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PORT", Integer.toString(service.port(config)));
        env.put("LOGGING_STRUCTURED_FORMAT_CONSOLE", "ecs");
        env.put("LEADFLOW_PUBLIC_BASE_URL", config.gatewayUrl());
        env.put("LEADFLOW_NOTIFICATIONS_ALLOWED_HOSTS", "127.0.0.1,localhost");
        env.put("LEADFLOW_NURTURE_WEBHOOK_ALLOWED_HOSTS", "127.0.0.1,localhost");
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
        env.putAll(extra.getOrDefault(service.module(), Map.of()));
        return env;
    }

    private Map<String, String> gateway() {
        Map<String, String> env = database(SuiteService.GATEWAY);
        for (SuiteService service : SuiteService.SERVICES) {
            env.put(
                    "LEADFLOW_SERVICES_" + service.database().toUpperCase(Locale.ROOT),
                    "http://localhost:" + service.port(config));
        }
        // a local run has no company identity provider: the gateway's local issuer signs tokens (never in Kubernetes)
        env.put("LEADFLOW_SECURITY_LOCAL_ISSUER_ENABLED", "true");
        env.putAll(extra.getOrDefault(SuiteService.GATEWAY.module(), Map.of()));
        return env;
    }
}
