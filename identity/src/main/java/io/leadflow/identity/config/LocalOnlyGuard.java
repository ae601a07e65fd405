package io.leadflow.identity.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.cloud.CloudPlatform;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * Refuses to start under the {@code kubernetes} profile and when Spring detects it runs on Kubernetes: users
 * and passwords from a configuration file are fine on a laptop, never in a cluster, where the company's
 * provider signs people in.
 */
@Configuration(proxyBeanMethods = false)
class LocalOnlyGuard {

    private static final Logger log = LoggerFactory.getLogger(LocalOnlyGuard.class);

    LocalOnlyGuard(Environment environment) {
        refuseOnKubernetes(environment);
        log.warn("""

                ********************************************************************************
                *  LOCAL IDENTITY PROVIDER: users and passwords from configuration.           *
                *  FOR LOCAL USE ONLY. Never expose it to a network you do not trust.          *
                ********************************************************************************""");
    }

    static void refuseOnKubernetes(Environment environment) {
        if (environment.acceptsProfiles(Profiles.of("kubernetes")) || CloudPlatform.KUBERNETES.isActive(environment)) {
            throw new IllegalStateException("The local identity provider is refused under the 'kubernetes' profile "
                    + "and on Kubernetes: its users and passwords come from a configuration file. Configure the "
                    + "company's OpenID Connect provider at the gateway instead (docs/console.md).");
        }
    }
}
