package io.leadflow.scoring.domain.account;

import io.leadflow.kernel.InvalidValueException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A company leads work for, one per {@link CompanyDomain}. An account made from a contact's company starts with what
 * the profile said; later profiles only fill its gaps, and what a person or an import sets wins over them.
 */
public record Account(
        AccountId id,
        CompanyDomain domain,
        Firmographics firmographics,
        AccountOrigin origin,
        Instant createdAt,
        Instant updatedAt) {

    public Account {
        if (id == null || domain == null || firmographics == null || origin == null || createdAt == null) {
            throw new InvalidValueException("account", "account.required", "an account needs id, domain and data");
        }
        updatedAt = updatedAt == null ? createdAt : updatedAt;
    }

    public static Account create(
            AccountId id, CompanyDomain domain, Firmographics firmographics, AccountOrigin origin, Instant now) {
        return new Account(id, domain, firmographics, origin, now, now);
    }

    /** The account with firmographics set by a person or an import: they replace what was there. */
    public Account revisedTo(Firmographics revised, Instant now) {
        return new Account(id, domain, revised, origin, createdAt, now);
    }

    /**
     * The account completed by what a contact's profile says of the company: only an account made from contacts
     * takes it, and only into its gaps. Returns this account when nothing changes.
     */
    public Account completedBy(Firmographics discovered, Instant now) {
        if (origin != AccountOrigin.CONTACT) {
            return this;
        }
        Firmographics filled = firmographics.filledFrom(discovered);
        return filled.equals(firmographics) ? this : new Account(id, domain, filled, origin, createdAt, now);
    }

    /** The account's attributes as scoring rules name them ({@code account.tier}, ...): see {@link AccountFacts}. */
    public AccountFacts facts() {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put(AccountFacts.ID, id.toString());
        facts.put(AccountFacts.DOMAIN, domain.value());
        facts.put(AccountFacts.NAME, firmographics.name());
        put(facts, AccountFacts.SIZE, firmographics.employees());
        put(facts, AccountFacts.INDUSTRY, firmographics.industry());
        put(facts, AccountFacts.COUNTRY, firmographics.country());
        facts.put(AccountFacts.TARGET_ACCOUNT, Boolean.toString(firmographics.targetAccount()));
        put(facts, AccountFacts.TIER, firmographics.tier());
        put(facts, AccountFacts.OWNER, firmographics.ownerRepId());
        return new AccountFacts(facts);
    }

    private static void put(Map<String, String> facts, String name, Object value) {
        if (value != null) {
            facts.put(name, value.toString());
        }
    }
}
