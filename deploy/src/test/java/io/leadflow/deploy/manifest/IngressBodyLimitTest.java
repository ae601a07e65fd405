package io.leadflow.deploy.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * NGINX's default body limit (1 MB) would refuse a CSV import or an event batch the gateway accepts: the ingress must
 * let through at least the largest body the gateway's own request limits allow, read from the gateway's
 * configuration so a raised limit there fails here until the ingress follows.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class IngressBodyLimitTest {

    private static final String BODY_SIZE = "nginx.ingress.kubernetes.io/proxy-body-size";
    private static final Pattern NGINX_SIZE = Pattern.compile("(\\d+)([kKmMgG]?)");

    @ParameterizedTest(name = "the {0} overlay's ingress takes the gateway's largest body (imports, batches)")
    @ValueSource(strings = {"small", "production"})
    void the_ingress_lets_through_every_body_the_gateway_accepts(String overlay) {
        List<Ingress> ingresses = Manifests.parse(Kustomize.render(overlay)).ofType(Ingress.class);
        assertThat(ingresses).hasSize(1);
        Map<String, String> annotations = ingresses.get(0).getMetadata().getAnnotations();
        assertThat(annotations).as("ingress annotations").isNotNull().containsKey(BODY_SIZE);

        long ingressLimit = nginxBytes(annotations.get(BODY_SIZE));
        assertThat(ingressLimit)
                .as("the ingress' body limit against the gateway's %s", gatewayLimits())
                .isGreaterThanOrEqualTo(largestGatewayLimit());
    }

    static long largestGatewayLimit() {
        return gatewayLimits().values().stream()
                .mapToLong(ServiceConfig::bytes)
                .max()
                .orElseThrow();
    }

    /** The gateway's body limits: {@code max-body} and every {@code per-path} limit, as written. */
    private static Map<String, String> gatewayLimits() {
        Map<String, Object> limits = ServiceConfig.of("gateway").map("leadflow.request-limits");
        Map<String, String> all = new java.util.LinkedHashMap<>();
        all.put("max-body", String.valueOf(limits.get("max-body")));
        @SuppressWarnings("unchecked")
        Map<String, Object> perPath = (Map<String, Object>) limits.get("per-path");
        perPath.forEach((path, size) -> all.put(ServiceConfig.unescaped(path), String.valueOf(size)));
        assertThat(all).as("the gateway's request limits").containsKey("/api/v1/imports/**");
        return all;
    }

    /** NGINX's size syntax: bytes, or k / m / g (binary multiples). */
    static long nginxBytes(String size) {
        Matcher parts = NGINX_SIZE.matcher(size.trim());
        assertThat(parts.matches()).as("an NGINX size: " + size).isTrue();
        int shift = switch (parts.group(2).toLowerCase(Locale.ROOT)) {
            case "k" -> 10;
            case "m" -> 20;
            case "g" -> 30;
            default -> 0;
        };
        return Long.parseLong(parts.group(1)) << shift;
    }
}
