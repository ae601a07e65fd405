package io.leadflow.gateway.apikey;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a key may do. A {@code server} key (every key made before scopes existed) has all of an event source's rights;
 * a {@code browser} key sits in visitors' browsers and may only send page views, tracks and identifies of anonymous or
 * new people, from its allowed origins.
 */
public enum KeyScope {
    SERVER,
    BROWSER;

    /** The name in the API, the database and the caller token. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<KeyScope> fromWireName(String name) {
        return Arrays.stream(values())
                .filter(scope -> scope.wireName().equals(name))
                .findFirst();
    }
}
