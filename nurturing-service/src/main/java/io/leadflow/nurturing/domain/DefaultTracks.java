package io.leadflow.nurturing.domain;

import io.leadflow.kernel.RejectionReason;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The tracks a new installation starts with, one for every reason that can be nurtured, and the newsletter for
 * leads that stayed below the threshold. The database is seeded with exactly these (migrations V2 and V3), so
 * marketing can edit them later; this class is the written-down intent that the seed is checked against.
 */
public final class DefaultTracks {

    public static final NurtureTrack QUARTERLY_CHECK_IN = track(
            "quarterly-check-in",
            "Long cadence: quarterly check-in",
            "one personal check-in e-mail per quarter until the timing is right",
            OptionalInt.empty(),
            new ExitConditions(true, true, true, Optional.of(Duration.ofDays(400))),
            List.of(entry(RejectionReason.TIMING)),
            step("Quarterly check-in 1", "A short personal note: has the timing changed?", 90),
            step("Quarterly check-in 2", "What peers did this quarter, and a question about timing", 90),
            step("Quarterly check-in 3", "A new customer story and an offer to talk", 90),
            step("Quarterly check-in 4", "Last check-in of the year: is now the right time?", 90));
    public static final NurtureTrack REVISIT_NEXT_QUARTER = track(
            "revisit-next-quarter",
            "Revisit next quarter",
            "ROI and pricing content monthly, a budget conversation at the start of next quarter",
            OptionalInt.empty(),
            new ExitConditions(true, true, true, Optional.of(Duration.ofDays(180))),
            List.of(entry(RejectionReason.NO_BUDGET)),
            step("ROI calculator", "Work out what the product saves your team", 7),
            step("Pricing and packaging guide", "Plans that start small", 30),
            step("Budget conversation", "Invitation to plan next quarter's budget together", 60));
    public static final NurtureTrack ASK_FOR_REFERRAL = track(
            "ask-for-referral",
            "Ask for a referral",
            "a referral request to the decision maker now, champion content every month",
            OptionalInt.empty(),
            new ExitConditions(true, true, true, Optional.of(Duration.ofDays(120))),
            List.of(entry(RejectionReason.NOT_DECISION_MAKER)),
            step("Referral request", "Who decides on this at your company? We would gladly brief them", 1),
            step("Champion kit", "A one-page business case to share with your decision maker", 30),
            step("Case study for your team", "How a team like yours made the case internally", 30));
    public static final NurtureTrack EDUCATION_SERIES = track(
            "education-series",
            "Education series",
            "an educational article or webinar invitation every two weeks",
            OptionalInt.empty(),
            new ExitConditions(true, true, true, Optional.of(Duration.ofDays(180))),
            List.of(entry(RejectionReason.NO_NEED_YET)),
            step("Getting started guide", "The problems the product solves, in plain words", 14),
            step("Webinar invitation", "Live session: signs that a team has outgrown spreadsheets", 14),
            step("Best practices", "Ten practices from our best customers", 14),
            step("Industry report", "This year's benchmark report", 14));
    public static final NurtureTrack CONTACT_REFRESH = track(
            "contact-refresh",
            "Re-engagement: confirm contact details",
            "three e-mails over six weeks asking the lead to confirm how to reach them",
            OptionalInt.empty(),
            new ExitConditions(true, true, true, Optional.of(Duration.ofDays(60))),
            List.of(entry(RejectionReason.UNREACHABLE)),
            step("Confirm your details", "Is this still the best way to reach you?", 1),
            step("Second reminder", "We would like to stay in touch: please confirm your details", 21),
            step("Last reminder", "Last chance to confirm your details", 21));
    public static final NurtureTrack MONTHLY_NEWSLETTER = track(
            "monthly-newsletter",
            "Monthly newsletter",
            "the monthly newsletter only, no sales outreach",
            OptionalInt.of(0),
            new ExitConditions(true, true, true, Optional.of(Duration.ofDays(365))),
            List.of(entry(RejectionReason.ALREADY_IN_CONTACT), entry(RejectionReason.OTHER)),
            step("Newsletter", "This month's newsletter", 30),
            step("Newsletter", "This month's newsletter", 30),
            step("Newsletter", "This month's newsletter", 30));

    private static final NurtureTracks CATALOGUE = new NurtureTracks(List.of(
            QUARTERLY_CHECK_IN,
            REVISIT_NEXT_QUARTER,
            ASK_FOR_REFERRAL,
            EDUCATION_SERIES,
            CONTACT_REFRESH,
            MONTHLY_NEWSLETTER));

    private DefaultTracks() {}

    public static NurtureTracks catalogue() {
        return CATALOGUE;
    }

    private static NurtureTrack track(
            String key,
            String name,
            String cadence,
            OptionalInt belowThreshold,
            ExitConditions exits,
            List<EntryReason> entries,
            TrackStep... steps) {
        return new NurtureTrack(key, name, cadence, entries, belowThreshold, Arrays.asList(steps), exits, 1);
    }

    private static EntryReason entry(RejectionReason reason) {
        return new EntryReason(reason, 0);
    }

    private static TrackStep step(String name, String content, int days) {
        return new TrackStep(name, content, Duration.ofDays(days));
    }
}
