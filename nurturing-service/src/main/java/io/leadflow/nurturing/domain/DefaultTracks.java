package io.leadflow.nurturing.domain;

import io.leadflow.kernel.RejectionReason;
import java.util.List;
import java.util.Set;

/**
 * The tracks a new installation starts with, one for every reason that can be nurtured. The database is seeded
 * with exactly these (migration V2), so marketing can edit them later; this class is the written-down intent that
 * the seed is checked against.
 */
public final class DefaultTracks {

    public static final NurtureTrack QUARTERLY_CHECK_IN = new NurtureTrack("quarterly-check-in",
            "Long cadence: quarterly check-in", Set.of(RejectionReason.TIMING),
            "one personal check-in e-mail per quarter until the timing is right");
    public static final NurtureTrack REVISIT_NEXT_QUARTER = new NurtureTrack("revisit-next-quarter",
            "Revisit next quarter", Set.of(RejectionReason.NO_BUDGET),
            "ROI and pricing content monthly, a budget conversation at the start of next quarter");
    public static final NurtureTrack ASK_FOR_REFERRAL = new NurtureTrack("ask-for-referral",
            "Ask for a referral", Set.of(RejectionReason.NOT_DECISION_MAKER),
            "a referral request to the decision maker now, champion content every month");
    public static final NurtureTrack EDUCATION_SERIES = new NurtureTrack("education-series",
            "Education series", Set.of(RejectionReason.NO_NEED_YET),
            "an educational article or webinar invitation every two weeks");
    public static final NurtureTrack CONTACT_REFRESH = new NurtureTrack("contact-refresh",
            "Re-engagement: confirm contact details", Set.of(RejectionReason.UNREACHABLE),
            "three e-mails over six weeks asking the lead to confirm how to reach them");
    public static final NurtureTrack MONTHLY_NEWSLETTER = new NurtureTrack("monthly-newsletter",
            "Monthly newsletter", Set.of(RejectionReason.ALREADY_IN_CONTACT, RejectionReason.OTHER),
            "the monthly newsletter only, no sales outreach");

    private static final NurtureTracks CATALOGUE = new NurtureTracks(List.of(QUARTERLY_CHECK_IN,
            REVISIT_NEXT_QUARTER, ASK_FOR_REFERRAL, EDUCATION_SERIES, CONTACT_REFRESH, MONTHLY_NEWSLETTER));

    private DefaultTracks() {
    }

    public static NurtureTracks catalogue() {
        return CATALOGUE;
    }
}
