package io.leadflow.support.testing;

import java.util.List;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Points every Spring test context of a service at the test key set of {@link GatewayTokens}, ahead of every other
 * property source: the services' configuration reads the key set's address from an environment variable that a test
 * run does not set.
 */
public final class GatewayTokensContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(
            Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        return new TestKeySet();
    }

    private static final class TestKeySet implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource(
                            "gatewayTestKeySet",
                            Map.of(
                                    "leadflow.security.gateway-token.jwk-set-uri",
                                    GatewayTokens.jwkSetUri().toString())));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof TestKeySet;
        }

        @Override
        public int hashCode() {
            return TestKeySet.class.hashCode();
        }
    }
}
