package io.leadflow.identity.config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.cloud.CloudPlatform;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * Refuses to start under the {@code kubernetes} profile and when Spring detects it runs on Kubernetes: users
 * and passwords from a configuration file are fine on a laptop, never in a cluster, where the company's
 * provider signs people in. On a laptop it listens on the loopback interface only ({@code server.address},
 * 127.0.0.1 by default) and refuses any other address, the wildcard included: nobody on the network can try
 * its passwords.
 */
@Configuration(proxyBeanMethods = false)
class LocalOnlyGuard {

    private static final Logger log = LoggerFactory.getLogger(LocalOnlyGuard.class);

    LocalOnlyGuard(Environment environment) {
        refuseOnKubernetes(environment);
        refuseBeyondLoopback(environment);
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

    static void refuseBeyondLoopback(Environment environment) {
        String address = environment.getProperty("server.address", "").strip();
        if (!isLoopback(address)) {
            throw new IllegalStateException("The local identity provider listens on the loopback interface only "
                    + "(server.address 127.0.0.1 or ::1), not on '" + (address.isEmpty() ? "every interface" : address)
                    + "': its users and passwords come from a configuration file. To let other machines reach "
                    + "LeadFlow, configure the company's OpenID Connect provider at the gateway (docs/console.md).");
        }
    }

    private static boolean isLoopback(String address) {
        if (address.isEmpty()) {
            return false;
        }
        try {
            for (InetAddress resolved : InetAddress.getAllByName(address)) {
                if (!resolved.isLoopbackAddress()) {
                    return false;
                }
            }
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
