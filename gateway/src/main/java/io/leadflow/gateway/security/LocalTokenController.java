package io.leadflow.gateway.security;

import io.leadflow.gateway.filter.ProblemResponses;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * FOR LOCAL USE ONLY: {@code POST /local-auth/token} with {@code {"email": ..., "roles": [...]}} answers a
 * bearer token from the {@link LocalIssuer}; {@code GET /local-auth/jwks} publishes its public key.
 */
@RestController
@ConditionalOnProperty(name = LocalIssuerConfiguration.SWITCH, havingValue = "true")
class LocalTokenController {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s\\p{Cntrl}]{1,64}@[^@\\s\\p{Cntrl}]{1,255}");

    private final LocalIssuer issuer;

    LocalTokenController(LocalIssuer issuer) {
        this.issuer = issuer;
    }

    /** Who the token is for. */
    record TokenRequest(@Nullable String email, @Nullable List<String> roles) {}

    /** The token, in the shape of an OAuth 2.0 token response. */
    record TokenResponse(String access_token, String token_type, long expires_in) {}

    @PostMapping("/local-auth/token")
    ResponseEntity<?> token(@RequestBody(required = false) @Nullable TokenRequest request) {
        String email = request == null || request.email() == null
                ? ""
                : request.email().strip();
        if (!EMAIL.matcher(email).matches()) {
            return invalid("email", "email is required and must be an e-mail address");
        }
        List<String> roles = new ArrayList<>();
        for (String role : request.roles() == null ? List.<String>of() : request.roles()) {
            Optional<Role> known = Role.fromWireName(String.valueOf(role).toLowerCase(Locale.ROOT));
            if (known.isEmpty() || !Role.PEOPLE.contains(known.get())) {
                return invalid("roles", "roles must be among marketing, sales_rep, sales_manager, admin");
            }
            roles.add(known.get().wireName());
        }
        Jwt jwt = issuer.mint(email.toLowerCase(Locale.ROOT), roles);
        return ResponseEntity.ok(
                new TokenResponse(jwt.getTokenValue(), "Bearer", issuer.ttl().toSeconds()));
    }

    @GetMapping("/local-auth/jwks")
    Map<String, Object> jwks() {
        return issuer.jwks();
    }

    private static ResponseEntity<?> invalid(String field, String rule) {
        ProblemDetail problem =
                ProblemResponses.problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", rule);
        problem.setProperty("field", field);
        return ResponseEntity.badRequest().body(problem);
    }
}
