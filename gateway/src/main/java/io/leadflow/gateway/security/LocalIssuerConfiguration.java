package io.leadflow.gateway.security;

import io.leadflow.gateway.config.SecurityProperties;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.cloud.CloudPlatform;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * Switches the embedded local issuer on, loudly, and only where it cannot hurt: it refuses to start under
 * the {@code kubernetes} profile and when Spring detects it runs on Kubernetes, so that a copied local
 * setting can never open a cluster to self-made tokens.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = LocalIssuerConfiguration.SWITCH, havingValue = "true")
class LocalIssuerConfiguration {

    static final String SWITCH = "leadflow.security.local-issuer.enabled";

    private static final Logger log = LoggerFactory.getLogger(LocalIssuerConfiguration.class);

    LocalIssuerConfiguration(Environment environment) {
        if (environment.acceptsProfiles(Profiles.of("kubernetes")) || CloudPlatform.KUBERNETES.isActive(environment)) {
            throw new IllegalStateException(SWITCH + "=true is refused under the 'kubernetes' profile and on "
                    + "Kubernetes: the local issuer signs a token for anyone who asks. Remove the setting and "
                    + "configure the company's identity provider (leadflow.security.jwt.issuer-uri or "
                    + "leadflow.security.jwt.jwk-set-uri, and leadflow.security.jwt.audience).");
        }
    }

    @Bean
    LocalIssuer localIssuer(SecurityProperties security, Clock clock) {
        log.warn("""

                ************************************************************************************
                *  LOCAL ISSUER ON (leadflow.security.local-issuer.enabled=true): FOR LOCAL USE ONLY *
                *  POST /local-auth/token mints a token for ANY e-mail and roles, no password.     *
                *  Never expose this gateway to a network you do not trust.                         *
                ************************************************************************************""");
        return new LocalIssuer(
                security.localIssuer().issuer(),
                security.jwt().audience(),
                security.localIssuer().tokenTtl(),
                clock);
    }
}
