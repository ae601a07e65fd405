package io.leadflow.gateway.filter;

import io.leadflow.gateway.security.Role;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * The plain identity headers the web console still reads ({@code X-LeadFlow-User}, {@code X-LeadFlow-Roles}), sent on
 * the console's route only, next to the signed caller token. The console acts on nothing by them alone: every API call
 * it makes carries the person's relayed access token, which the gateway checks like any other.
 */
final class ConsoleIdentity {

    static final String USER = "X-LeadFlow-User";
    static final String ROLES = "X-LeadFlow-Roles";

    private ConsoleIdentity() {}

    static void add(Authentication caller, HttpHeaders headers) {
        headers.set(USER, caller.getName());
        headers.set(
                ROLES,
                caller.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .map(Role::fromWireName)
                        .flatMap(Optional::stream)
                        .sorted()
                        .map(Role::wireName)
                        .collect(Collectors.joining(",")));
    }
}
