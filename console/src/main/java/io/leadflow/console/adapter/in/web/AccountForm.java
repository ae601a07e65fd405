package io.leadflow.console.adapter.in.web;

import io.leadflow.console.application.Account;
import io.leadflow.console.application.AccountDraft;
import io.leadflow.console.application.ApiRefusal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;

/**
 * The account form as typed (create: with the domain; edit: without), with what is wrong at each input: a size or
 * tier that is no whole number is caught here, everything else scoring checks and names by field. {@code message} is
 * the refusal's own words, shown above the form.
 */
record AccountForm(
        boolean creating,
        String domain,
        String name,
        String size,
        String industry,
        String country,
        boolean targetAccount,
        String tier,
        String ownerRepId,
        Map<String, String> errors,
        @Nullable String message) {

    static final Set<String> FIELDS =
            Set.of("domain", "name", "size", "industry", "country", "targetAccount", "tier", "ownerRepId");

    static AccountForm blank() {
        return new AccountForm(true, "", "", "", "", "", false, "", "", Map.of(), null);
    }

    static AccountForm of(Account account) {
        return new AccountForm(
                false,
                account.domain(),
                account.name(),
                account.size() == null ? "" : account.size().toString(),
                text(account.industry()),
                text(account.country()),
                account.targetAccount(),
                account.tier() == null ? "" : account.tier().toString(),
                text(account.ownerRepId()),
                Map.of(),
                null);
    }

    /** The form as posted; sizes and tiers that are no whole number are errors at their inputs. */
    static AccountForm read(boolean creating, MultiValueMap<String, String> form) {
        Map<String, String> errors = new LinkedHashMap<>();
        String size = value(form, "size");
        String tier = value(form, "tier");
        if (!size.isEmpty() && !size.matches("\\d{1,9}")) {
            errors.put("size", "The size is a whole number of employees, 0 or more.");
        }
        if (!tier.isEmpty() && !tier.matches("\\d{1,9}")) {
            errors.put("tier", "The tier is 1, 2 or 3.");
        }
        return new AccountForm(
                creating,
                value(form, "domain"),
                value(form, "name"),
                size,
                value(form, "industry"),
                value(form, "country"),
                "true".equals(form.getFirst("targetAccount")),
                tier,
                value(form, "ownerRepId"),
                errors,
                errors.isEmpty() ? null : "Some fields need a change before the account can be saved.");
    }

    AccountDraft draft() {
        return new AccountDraft(
                creating ? blankToNull(domain) : null,
                blankToNull(name),
                size.isEmpty() ? null : Integer.valueOf(size),
                blankToNull(industry),
                blankToNull(country),
                targetAccount,
                tier.isEmpty() ? null : Integer.valueOf(tier),
                blankToNull(ownerRepId));
    }

    /** The same form with the refusal's words and each field it named at its input. */
    AccountForm refused(ApiRefusal refusal) {
        Map<String, String> at = new LinkedHashMap<>();
        refusal.fields().forEach((field, detail) -> {
            if (FIELDS.contains(field)) {
                at.put(field, detail.isBlank() ? refusal.getMessage() : detail);
            }
        });
        return new AccountForm(
                creating,
                domain,
                name,
                size,
                industry,
                country,
                targetAccount,
                tier,
                ownerRepId,
                at,
                refusal.getMessage());
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    /** The error at this input, or null. */
    public @Nullable String error(String field) {
        return errors.get(field);
    }

    private static String value(MultiValueMap<String, String> form, String name) {
        String value = form.getFirst(name);
        return value == null ? "" : value.strip();
    }

    private static @Nullable String blankToNull(String value) {
        return value.isEmpty() ? null : value;
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
