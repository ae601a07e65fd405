package io.leadflow.scoring.domain.account;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What scoring rules may ask about a lead's account, by the names the model language uses: {@code account.name},
 * {@code account.domain}, {@code account.size} (employees), {@code account.industry}, {@code account.country},
 * {@code account.targetAccount} ({@code true}/{@code false}), {@code account.tier} (1 to 3), {@code account.owner}
 * (the owner rep's id). A lead without an account has none of them.
 */
public record AccountFacts(Map<String, String> attributes) {

    public static final String ID = "account.id";
    public static final String DOMAIN = "account.domain";
    public static final String NAME = "account.name";
    public static final String SIZE = "account.size";
    public static final String INDUSTRY = "account.industry";
    public static final String COUNTRY = "account.country";
    public static final String TARGET_ACCOUNT = "account.targetAccount";
    public static final String TIER = "account.tier";
    public static final String OWNER = "account.owner";

    /** The names a rule may use ({@link #ID} is for the hand-off, not for rules). */
    public static final Set<String> RULE_ATTRIBUTES =
            Set.of(DOMAIN, NAME, SIZE, INDUSTRY, COUNTRY, TARGET_ACCOUNT, TIER, OWNER);

    public AccountFacts {
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }

    public static AccountFacts none() {
        return new AccountFacts(Map.of());
    }

    public Optional<UUID> accountId() {
        return Optional.ofNullable(attributes.get(ID)).map(UUID::fromString);
    }

    public Optional<UUID> ownerRepId() {
        return Optional.ofNullable(attributes.get(OWNER)).map(UUID::fromString);
    }

    public String get(String name) {
        return attributes.get(name);
    }
}
