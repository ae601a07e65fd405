package io.leadflow.scoring.domain.account;

import io.leadflow.kernel.InvalidValueException;
import io.leadflow.kernel.LeadId;

/**
 * A lead's account. A link made by a person ({@code manual}) overrides matching by domain until it is removed; a
 * matched link follows the lead's profile.
 */
public record LeadAccountLink(LeadId leadId, AccountId accountId, boolean manual) {

    public LeadAccountLink {
        if (leadId == null || accountId == null) {
            throw new InvalidValueException("accountId", "link.required", "a link needs a lead and an account");
        }
    }
}
