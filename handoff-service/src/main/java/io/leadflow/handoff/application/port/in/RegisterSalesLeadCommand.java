package io.leadflow.handoff.application.port.in;

import io.leadflow.kernel.EmailAddress;
import io.leadflow.kernel.InvalidValueException;

/**
 * A sales-generated lead (SGL): a rep met the person (a conference, a referral) and enters them directly at SAL,
 * holding the hand-off themselves. Who they are, the company, an optional segment, and how the rep met them.
 */
public record RegisterSalesLeadCommand(
        Actor actor,
        EmailAddress email,
        String firstName,
        String lastName,
        String company,
        String segment,
        String note) {

    public RegisterSalesLeadCommand {
        Commands.require(actor, "actor");
        Commands.require(email, "email");
        firstName = Commands.limited(blankToNull(firstName), "firstName", 200);
        lastName = Commands.limited(blankToNull(lastName), "lastName", 200);
        company = Commands.limited(blankToNull(company), "company", 200);
        segment = Commands.limited(blankToNull(segment), "segment", 100);
        note = Commands.limited(blankToNull(note), "note", 2000);
        if (note == null) {
            throw new InvalidValueException(
                    "note", "note.required", "say how you met the lead (it is the reason sales shows for this lead)");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
