package io.leadflow.support.webhook;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.ParseException;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.util.Timeout;

/**
 * POSTs JSON to a customer's URL without letting the URL reach inside the network. The target is checked by the
 * {@link WebhookTargetGuard} first; then the connection resolves the host once more through the guard, so it opens
 * only to addresses that were checked (a name that answers a public address to the check and an internal one to the
 * connection is refused, not followed). TLS still verifies the certificate against the host name (SNI included),
 * since only name resolution is replaced. Redirects are answers, never followed; no proxy from the environment is
 * used; nothing is retried here (retrying is the caller's).
 */
public final class GuardedHttpClient {

    static final int MAX_BODY = 4096;

    private final WebhookTargetGuard guard;
    private final CloseableHttpClient http;

    /** @param timeout the longest wait to connect, and for each read of the answer */
    public GuardedHttpClient(WebhookTargetGuard guard, Duration timeout) {
        this.guard = guard;
        Timeout limit = Timeout.of(timeout);
        this.http = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(new CheckedResolver(guard))
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(limit)
                                .setSocketTimeout(limit)
                                .build())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(limit)
                        .setRedirectsEnabled(false)
                        .build())
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableAuthCaching()
                .build();
    }

    /**
     * One POST of {@code json} with the given headers. Answers {@code TARGET_REFUSED} when the guard refuses the URL or
     * the addresses its host resolves to at connection time, {@code DELIVERED} for a 2xx, {@code ANSWERED_WITH_ERROR}
     * for any other answer (a redirect included) and {@code UNREACHABLE} for a network error or a target that is no
     * URL. Throws nothing.
     */
    public WebhookAttempt postJson(String target, Map<String, String> headers, String json) {
        URI uri;
        try {
            uri = URI.create(target);
        } catch (IllegalArgumentException e) {
            return new WebhookAttempt(
                    WebhookAttempt.Result.UNREACHABLE, null, abbreviate("IllegalArgumentException: " + e.getMessage()));
        }
        Optional<String> refusal = guard.refusal(uri);
        if (refusal.isPresent()) {
            return new WebhookAttempt(WebhookAttempt.Result.TARGET_REFUSED, null, abbreviate(refusal.get()));
        }
        HttpPost post = new HttpPost(uri);
        headers.forEach(post::setHeader);
        post.setEntity(
                new ByteArrayEntity(json.getBytes(StandardCharsets.UTF_8), ContentType.create("application/json")));
        try {
            return http.execute(post, response -> {
                int status = response.getCode();
                if (status >= 200 && status < 300) {
                    return new WebhookAttempt(WebhookAttempt.Result.DELIVERED, status, null);
                }
                String body = response.getEntity() == null ? "" : readBody(response.getEntity());
                return new WebhookAttempt(
                        WebhookAttempt.Result.ANSWERED_WITH_ERROR, status, abbreviate("HTTP " + status + ": " + body));
            });
        } catch (RefusedTargetException e) {
            return new WebhookAttempt(WebhookAttempt.Result.TARGET_REFUSED, null, abbreviate(e.getMessage()));
        } catch (IOException | RuntimeException e) {
            Throwable refused = e;
            while (refused != null && !(refused instanceof RefusedTargetException)) {
                refused = refused.getCause();
            }
            if (refused != null) {
                return new WebhookAttempt(WebhookAttempt.Result.TARGET_REFUSED, null, abbreviate(refused.getMessage()));
            }
            return new WebhookAttempt(
                    WebhookAttempt.Result.UNREACHABLE,
                    null,
                    abbreviate(e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
    }

    private static String readBody(org.apache.hc.core5.http.HttpEntity entity) throws IOException {
        try {
            return EntityUtils.toString(entity, MAX_BODY);
        } catch (ParseException e) {
            return "";
        }
    }

    static String abbreviate(String text) {
        if (text == null) {
            return "";
        }
        int max = SignedWebhookSender.MAX_DETAIL;
        return text.length() <= max ? text : text.substring(0, max) + "...";
    }

    /** Resolves through the guard, so a connection opens only to checked addresses. */
    private record CheckedResolver(WebhookTargetGuard guard) implements DnsResolver {

        @Override
        public InetAddress[] resolve(String host) throws UnknownHostException {
            return guard.resolve(host);
        }

        @Override
        public String resolveCanonicalHostname(String host) throws UnknownHostException {
            return host;
        }
    }
}
