package io.leadflow.gateway.apikey;

import io.leadflow.gateway.filter.ProblemResponses;
import io.swagger.v3.oas.annotations.media.Schema;
import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * Admins create, list and revoke event sources' keys. The key itself is in the creation answer only;
 * afterwards nobody, admins included, can read it again. Only admins reach this (the access matrix).
 */
@RestController
@RequestMapping("/api/v1/api-keys")
public class ApiKeyController {

    private static final Pattern PRINTABLE = Pattern.compile("[^\\p{Cntrl}]{1,100}");
    private static final Pattern KEY_ID = Pattern.compile("[0-9a-f]{16}");

    private final ApiKeyStore store;

    public ApiKeyController(ApiKeyStore store) {
        this.store = store;
    }

    /**
     * The request to create a key: a name saying which source uses it. Read as it was sent, so that a number or a
     * boolean is refused rather than turned into text.
     */
    public record CreateApiKeyRequest(
            @Schema(type = "string", maxLength = 100) @Nullable JsonNode name,

            @Schema(
                    type = "string",
                    allowableValues = {"server", "browser"},
                    defaultValue = "server")
            @Nullable JsonNode scope,

            @Schema(type = "array", description = "a browser key's exact origins, e.g. https://www.example.com")
            @Nullable JsonNode allowedOrigins,

            @Schema(type = "boolean", defaultValue = "false") @Nullable JsonNode buyingSignals) {}

    /** A new key, with the secret shown this once. */
    public record CreatedApiKeyResponse(
            String id,
            String name,
            String key,
            String createdBy,
            String scope,
            List<String> allowedOrigins,
            boolean buyingSignals) {}

    /** A key as listed: never its secret. */
    public record ApiKeyResponse(
            String id,
            String name,
            Instant createdAt,
            String createdBy,
            @Nullable Instant revokedAt,
            @Nullable String revokedBy,
            String scope,
            List<String> allowedOrigins,
            boolean buyingSignals) {

        static ApiKeyResponse of(ApiKey key) {
            return new ApiKeyResponse(
                    key.id(),
                    key.name(),
                    key.createdAt(),
                    key.createdBy(),
                    key.revokedAt(),
                    key.revokedBy(),
                    key.scope().wireName(),
                    key.allowedOrigins(),
                    key.buyingSignals());
        }
    }

    @PostMapping
    Mono<ResponseEntity<?>> create(
            @RequestBody(required = false) @Nullable CreateApiKeyRequest request, Principal admin) {
        JsonNode sent = request == null ? null : request.name();
        String name = sent != null && sent.isString() ? sent.asString().strip() : "";
        if (!PRINTABLE.matcher(name).matches()) {
            return Mono.just(ResponseEntity.badRequest()
                    .body(invalid("name", "name is required: a string of 1 to 100 characters, no control characters")));
        }
        KeyScopeRequest.Checked scope = KeyScopeRequest.check(request);
        if (scope.refusal() != null) {
            return Mono.just(ResponseEntity.badRequest()
                    .body(invalid(scope.refusal().field(), scope.refusal().rule())));
        }
        return store.create(name, admin.getName(), scope.scope(), scope.allowedOrigins(), scope.buyingSignals())
                .map(minted -> ResponseEntity.created(URI.create("/api/v1/api-keys/" + minted.id()))
                        .body(new CreatedApiKeyResponse(
                                minted.id(),
                                name,
                                minted.key(),
                                admin.getName(),
                                scope.scope().wireName(),
                                scope.allowedOrigins(),
                                scope.buyingSignals())));
    }

    @GetMapping
    Mono<List<ApiKeyResponse>> list() {
        return store.list().map(keys -> keys.stream().map(ApiKeyResponse::of).toList());
    }

    @GetMapping("/{id}")
    Mono<ResponseEntity<?>> one(@PathVariable String id) {
        if (!KEY_ID.matcher(id).matches()) {
            return Mono.just(notFound(id));
        }
        return store.find(id)
                .map(found -> found.<ResponseEntity<?>>map(key -> ResponseEntity.ok(ApiKeyResponse.of(key)))
                        .orElseGet(() -> notFound(id)));
    }

    /** Revokes a key for good; revoking it again changes nothing. */
    @DeleteMapping("/{id}")
    Mono<ResponseEntity<?>> revoke(@PathVariable String id, Principal admin) {
        if (!KEY_ID.matcher(id).matches()) {
            return Mono.just(notFound(id));
        }
        return store.revoke(id, admin.getName())
                .map(existed -> existed ? ResponseEntity.noContent().build() : notFound(id));
    }

    private static ResponseEntity<?> notFound(String id) {
        ProblemDetail problem = ProblemResponses.problem(
                HttpStatus.NOT_FOUND, "not-found", "Not found", "There is no API key with id " + id + ".");
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }

    private static ProblemDetail invalid(String field, String rule) {
        ProblemDetail problem =
                ProblemResponses.problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", rule);
        problem.setProperty("field", field);
        return problem;
    }
}
