package io.leadflow.ingestion.application.port.in;

import io.leadflow.kernel.EmailAddress;
import io.leadflow.kernel.InvalidValueException;
import io.leadflow.kernel.event.ProfileAttributes;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A partial profile update: only the attributes given change (an empty value removes one), and the identities given
 * (anonymous ids, tracking user ids) are linked to this person, which attributes their earlier engagements to them.
 */
public record UpsertContactCommand(
        EmailAddress email,
        Map<String, String> changes,
        List<String> identities,
        String correlationId,
        String sourceApi) {

    public static final int MAX_ATTRIBUTES = 100;
    public static final int MAX_VALUE = 500;
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,99}");

    private static final Pattern INTEGER = Pattern.compile("[0-9]{1,10}");
    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,15}(\\.[0-9]{1,4})?");

    public UpsertContactCommand {
        Texts.require(email, "email");
        Texts.require(correlationId, "correlationId");
        Texts.require(sourceApi, "sourceApi");
        changes = changes == null ? Map.of() : Map.copyOf(changes);
        identities = identities == null ? List.of() : List.copyOf(identities);
        if (changes.size() > MAX_ATTRIBUTES) {
            throw new InvalidValueException(
                    "attributes",
                    "attributes.size",
                    "at most " + MAX_ATTRIBUTES + " attributes per contact, got " + changes.size());
        }
        changes.forEach((name, value) -> {
            Texts.printable(name, "attributes");
            if (!NAME.matcher(name).matches()) {
                throw new InvalidValueException(
                        name,
                        "attribute.name",
                        "attribute names are letters, digits, '.', '_' or '-', at most 100, got '" + name + "'");
            }
            Texts.limited(value, name, MAX_VALUE);
            if (value != null && !value.isBlank()) {
                checkValue(name, value.strip());
            }
        });
        identities.forEach(identity -> Texts.limited(identity, "anonymousId", RecordEngagementCommand.MAX_TEXT + 5));
    }

    private static void checkValue(String name, String value) {
        if (name.equals(ProfileAttributes.COMPANY_EMPLOYEES)
                && !INTEGER.matcher(value).matches()) {
            throw new InvalidValueException(
                    name,
                    "attribute.integer",
                    name + " is a whole number of employees, got '" + TextFields.abbreviated(value) + "'");
        }
        if (name.equals(ProfileAttributes.COMPANY_REVENUE)
                && !NUMBER.matcher(value).matches()) {
            throw new InvalidValueException(
                    name,
                    "attribute.number",
                    name + " is a non-negative amount like 1500000 or 1500000.50, got '" + TextFields.abbreviated(value)
                            + "'");
        }
        if (name.startsWith("consent.") && !value.equals("true") && !value.equals("false")) {
            throw new InvalidValueException(
                    name, "attribute.boolean", name + " is true or false, got '" + TextFields.abbreviated(value) + "'");
        }
    }
}
