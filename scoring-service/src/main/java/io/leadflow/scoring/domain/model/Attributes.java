package io.leadflow.scoring.domain.model;

import io.leadflow.kernel.event.ProfileAttributes;
import java.util.Set;

/** The lead attributes a rule or segment filter may name; {@code custom.*} names pass through from the profile. */
public final class Attributes {

    public static final Set<String> KNOWN = Set.of(
            ProfileAttributes.FIRST_NAME,
            ProfileAttributes.LAST_NAME,
            ProfileAttributes.JOB_TITLE,
            ProfileAttributes.SENIORITY,
            ProfileAttributes.DEPARTMENT,
            ProfileAttributes.PHONE,
            ProfileAttributes.COUNTRY,
            ProfileAttributes.COMPANY_NAME,
            ProfileAttributes.COMPANY_DOMAIN,
            ProfileAttributes.COMPANY_EMPLOYEES,
            ProfileAttributes.COMPANY_INDUSTRY,
            ProfileAttributes.COMPANY_REVENUE,
            ProfileAttributes.FREE_MAIL,
            "email",
            "email.domain",
            "channel",
            "channel.category",
            "source",
            "campaign");

    private Attributes() {}

    public static boolean isKnown(String name) {
        return KNOWN.contains(name) || name.startsWith("custom.") && name.length() > "custom.".length();
    }
}
