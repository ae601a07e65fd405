package io.leadflow.gateway.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import reactor.core.publisher.Mono;

/**
 * Turns a person's verified token into who they are for LeadFlow: their e-mail (lower case) as the name and
 * the LeadFlow roles among the configured roles claim as authorities. Unknown role names are ignored, and a
 * token can never grant {@link Role#SOURCE}. A token without an e-mail, or whose e-mail the provider has not
 * verified (OpenID Connect's {@code email_verified} false or absent), is refused as invalid: anybody can put any
 * address into an account at many providers, and the address is who they would be here.
 */
public final class JwtIdentity implements Converter<Jwt, Mono<AbstractAuthenticationToken>> {

    static final String EMAIL_VERIFIED = "email_verified";
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,255}");

    private final List<String> rolesPath;
    private final List<String> emailPath;

    public JwtIdentity(String rolesClaim, String emailClaim) {
        this.rolesPath = Arrays.asList(rolesClaim.split("\\."));
        this.emailPath = Arrays.asList(emailClaim.split("\\."));
    }

    @Override
    public Mono<AbstractAuthenticationToken> convert(Jwt jwt) {
        Object email = claim(jwt.getClaims(), emailPath);
        if (!(email instanceof String address) || !EMAIL.matcher(address).matches()) {
            return Mono.error(new InvalidBearerTokenException(
                    "The token carries no e-mail address in the claim " + String.join(".", emailPath)));
        }
        if (!verified(jwt.getClaims().get(EMAIL_VERIFIED))) {
            return Mono.error(new InvalidBearerTokenException("The token's e-mail address is not verified (claim "
                    + EMAIL_VERIFIED + " is not true), so it names nobody"));
        }
        List<GrantedAuthority> authorities = roles(claim(jwt.getClaims(), rolesPath)).stream()
                .map(Role::fromWireName)
                .flatMap(Optional::stream)
                .filter(Role.PEOPLE::contains)
                .distinct()
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.wireName()))
                .toList();
        return Mono.just(new JwtAuthenticationToken(jwt, authorities, address.toLowerCase(Locale.ROOT)));
    }

    /** OpenID Connect's {@code email_verified}: a boolean, though some providers send it as a string. */
    private static boolean verified(@Nullable Object claim) {
        return Boolean.TRUE.equals(claim) || (claim instanceof String text && text.equalsIgnoreCase("true"));
    }

    private static @Nullable Object claim(Map<String, Object> claims, List<String> path) {
        Object current = claims;
        for (String step : path) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(step);
        }
        return current;
    }

    private static List<String> roles(@Nullable Object value) {
        if (value instanceof Collection<?> collection) {
            return collection.stream()
                    .map(String::valueOf)
                    .map(JwtIdentity::normalise)
                    .toList();
        }
        if (value instanceof String text) {
            return Arrays.stream(text.split("[,\\s]+"))
                    .filter(s -> !s.isBlank())
                    .map(JwtIdentity::normalise)
                    .toList();
        }
        return List.of();
    }

    private static String normalise(String role) {
        return role.trim().toLowerCase(Locale.ROOT);
    }
}
