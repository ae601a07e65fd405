package io.leadflow.gateway.apikey;

import io.leadflow.gateway.security.Role;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Finds and checks an event source's key. A key comes in {@value #HEADER}, or, the way Segment sends its
 * write key, as the user name of HTTP Basic with an empty password. A well-formed key that is unknown,
 * wrong or revoked is refused (401); a request without a key is left to the other ways in.
 */
@Component
public class ApiKeyAuthentication implements ServerAuthenticationConverter, ReactiveAuthenticationManager {

    public static final String HEADER = "X-Api-Key";

    private final ApiKeyStore store;

    public ApiKeyAuthentication(ApiKeyStore store) {
        this.store = store;
    }

    @Override
    public Mono<Authentication> convert(ServerWebExchange exchange) {
        HttpHeaders headers = exchange.getRequest().getHeaders();
        String key = headers.getFirst(HEADER);
        if (key == null) {
            String authorization = headers.getFirst(HttpHeaders.AUTHORIZATION);
            if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
                return Mono.empty();
            }
            Optional<String> user = basicUser(authorization.substring(6).trim());
            if (user.isEmpty()) {
                return Mono.error(new BadCredentialsException("Malformed HTTP Basic credentials"));
            }
            key = user.get();
        }
        return Mono.just(ApiKeyToken.presented(key.trim()));
    }

    @Override
    public Mono<Authentication> authenticate(Authentication authentication) {
        String presented = String.valueOf(authentication.getCredentials());
        Optional<String> keyId = ApiKeySecrets.idOf(presented);
        if (keyId.isEmpty()) {
            return Mono.error(new BadCredentialsException("Not a LeadFlow API key"));
        }
        return store.find(keyId.get())
                .flatMap(found -> found.filter(key -> !key.isRevoked())
                        .filter(key -> ApiKeySecrets.matches(presented, key.secretSha256()))
                        .map(key -> Mono.<Authentication>just(ApiKeyToken.verified(key, Role.SOURCE.wireName())))
                        .orElseGet(() -> Mono.error(new BadCredentialsException("Unknown or revoked API key"))))
                .onErrorMap(
                        DataAccessException.class,
                        failure -> new AuthenticationServiceException("API keys cannot be checked right now", failure));
    }

    private static Optional<String> basicUser(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            String user = colon < 0 ? decoded : decoded.substring(0, colon);
            return user.isBlank() ? Optional.empty() : Optional.of(user);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }
}
