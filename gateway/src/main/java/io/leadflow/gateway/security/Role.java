package io.leadflow.gateway.security;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The roles of the identity contract, as they travel in the caller token's {@code roles} and as Spring Security
 * authorities. People get the first five from their token; {@link #SOURCE} is an event source's API key.
 */
public enum Role {
    MARKETING,
    SALES_REP,
    SALES_MANAGER,
    ADMIN,
    /** Answers data subjects' requests: erasure and export of a person's data (docs/privacy.md). */
    PRIVACY_OFFICER,
    SOURCE;

    /** Roles a person's token may carry; a token can never make its bearer an event source. */
    public static final Set<Role> PEOPLE = EnumSet.of(MARKETING, SALES_REP, SALES_MANAGER, ADMIN, PRIVACY_OFFICER);

    /** The wire name: lower case, e.g. {@code sales_rep}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> fromWireName(String name) {
        return Arrays.stream(values())
                .filter(role -> role.wireName().equals(name))
                .findFirst();
    }
}
