package io.leadflow.console.application.port.in;

import org.jspecify.annotations.Nullable;

/** A sales-generated lead as the API's {@code SalesLeadRequest} takes it; the API checks the e-mail and the rest. */
public record SalesLeadForm(
        @Nullable String email,
        @Nullable String firstName,
        @Nullable String lastName,
        @Nullable String company,
        @Nullable String segment,
        @Nullable String note) {}
