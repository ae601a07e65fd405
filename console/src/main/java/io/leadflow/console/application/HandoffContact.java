package io.leadflow.console.application;

import org.jspecify.annotations.Nullable;

/** Whom a rep calls: the lead's name, e-mail and company, each unknown (null) until the lead's profile said it. */
public record HandoffContact(
        @Nullable String name,
        @Nullable String email,
        @Nullable String company) {

    public static final HandoffContact UNKNOWN = new HandoffContact(null, null, null);

    /** The name, else the e-mail, else null: how a row names the lead. */
    public @Nullable String label() {
        return name != null && !name.isBlank() ? name : email;
    }
}
