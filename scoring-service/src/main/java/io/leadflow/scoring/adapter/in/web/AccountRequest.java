package io.leadflow.scoring.adapter.in.web;

import io.leadflow.kernel.InvalidValueException;
import io.leadflow.scoring.domain.account.Firmographics;
import java.util.UUID;

/** An account as marketing writes it; {@code size} is the number of employees, {@code country} ISO 3166 alpha-2. */
record AccountRequest(
        String domain,
        String name,
        Integer size,
        String industry,
        String country,
        Boolean targetAccount,
        Integer tier,
        String ownerRepId) {

    Firmographics firmographics() {
        return new Firmographics(
                name, size, industry, country, Boolean.TRUE.equals(targetAccount), tier, repId(ownerRepId));
    }

    static UUID repId(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(
                    "ownerRepId", "ownerRepId.invalid", "the owner is a sales rep's id (a UUID)");
        }
    }
}
