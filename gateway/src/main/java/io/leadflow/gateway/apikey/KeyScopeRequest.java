package io.leadflow.gateway.apikey;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads a new key's scope from the creation request: {@code scope} ({@code server} when absent), and for a browser key
 * its {@code allowedOrigins} (required: 1 to 20 exact origins, scheme, host and port only, no wildcard) and
 * {@code buyingSignals} (false when absent). A server key takes neither.
 */
final class KeyScopeRequest {

    static final int MAX_ORIGINS = 20;
    private static final Pattern ORIGIN =
            Pattern.compile("https?://[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*"
                    + "(?::[0-9]{1,5})?");

    private KeyScopeRequest() {}

    /** The field a request got wrong and the rule it broke. */
    record Refusal(String field, String rule) {}

    /** The scope asked for, or why it was refused. */
    record Checked(
            KeyScope scope,
            List<String> allowedOrigins,
            boolean buyingSignals,
            @Nullable Refusal refusal) {

        static Checked refused(String field, String rule) {
            return new Checked(KeyScope.SERVER, List.of(), false, new Refusal(field, rule));
        }
    }

    static Checked check(ApiKeyController.@Nullable CreateApiKeyRequest request) {
        JsonNode scopeSent = request == null ? null : request.scope();
        JsonNode originsSent = request == null ? null : request.allowedOrigins();
        JsonNode signalsSent = request == null ? null : request.buyingSignals();
        Optional<KeyScope> scope = isAbsent(scopeSent)
                ? Optional.of(KeyScope.SERVER)
                : scopeSent.isString() ? KeyScope.fromWireName(scopeSent.asString()) : Optional.empty();
        if (scope.isEmpty()) {
            return Checked.refused("scope", "scope is \"server\" or \"browser\"");
        }
        if (scope.get() == KeyScope.SERVER) {
            if (!isAbsent(originsSent) || !isAbsent(signalsSent)) {
                return Checked.refused(
                        isAbsent(originsSent) ? "buyingSignals" : "allowedOrigins",
                        "allowedOrigins and buyingSignals belong to browser keys only; a server key may send from"
                                + " anywhere and send anything");
            }
            return new Checked(KeyScope.SERVER, List.of(), false, null);
        }
        if (!isAbsent(signalsSent) && !signalsSent.isBoolean()) {
            return Checked.refused("buyingSignals", "buyingSignals is true or false");
        }
        boolean buyingSignals = !isAbsent(signalsSent) && signalsSent.asBoolean();
        String originsRule = "a browser key needs allowedOrigins: 1 to " + MAX_ORIGINS + " exact origins such as"
                + " https://www.example.com (lower-case scheme http or https, host and optional port; no path,"
                + " no trailing slash, no wildcard)";
        if (isAbsent(originsSent)
                || !originsSent.isArray()
                || originsSent.isEmpty()
                || originsSent.size() > MAX_ORIGINS) {
            return Checked.refused("allowedOrigins", originsRule);
        }
        List<String> origins = new ArrayList<>();
        for (JsonNode origin : originsSent) {
            if (!origin.isString() || !ORIGIN.matcher(origin.asString()).matches()) {
                return Checked.refused("allowedOrigins", originsRule);
            }
            if (!origins.contains(origin.asString())) {
                origins.add(origin.asString());
            }
        }
        return new Checked(KeyScope.BROWSER, List.copyOf(origins), buyingSignals, null);
    }

    private static boolean isAbsent(@Nullable JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode();
    }
}
