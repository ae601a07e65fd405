package io.leadflow.ingestion.application.port.in;

import java.util.Set;

/** A contact after a fill-only update, and the attributes it kept because they already had a value. */
public record FilledContact(ContactView contact, Set<String> kept) {

    public FilledContact {
        kept = Set.copyOf(kept);
    }
}
