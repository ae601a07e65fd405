package io.leadflow.scoring.domain.account;

import io.leadflow.kernel.InvalidValueException;
import java.util.UUID;

/** An account's identity; it stays when the account's name or firmographics change. */
public record AccountId(UUID value) {

    public AccountId {
        if (value == null) {
            throw new InvalidValueException("accountId", "accountId.required", "an account id is required");
        }
    }

    public static AccountId random() {
        return new AccountId(UUID.randomUUID());
    }

    public static AccountId parse(String text) {
        try {
            return new AccountId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidValueException("accountId", "accountId.invalid", "an account id is a UUID");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
