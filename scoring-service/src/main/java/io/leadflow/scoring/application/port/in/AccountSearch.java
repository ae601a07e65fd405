package io.leadflow.scoring.application.port.in;

import io.leadflow.kernel.InvalidValueException;
import java.util.UUID;

/**
 * A filter on the account list; a null filter filters nothing.
 *
 * @param q part of the name or domain, any case
 * @param page from 0
 * @param size 1 to 200
 */
public record AccountSearch(
        String q,
        Boolean targetAccount,
        Integer tier,
        String industry,
        String country,
        UUID ownerRepId,
        int page,
        int size) {

    public AccountSearch {
        q = q == null || q.isBlank() ? null : q.strip();
        if (page < 0) {
            throw new InvalidValueException("page", "page.negative", "page starts at 0");
        }
        if (size < 1 || size > 200) {
            throw new InvalidValueException("size", "size.range", "size is 1 to 200");
        }
    }
}
