package io.leadflow.deploy.load;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The scoring model the checker expects, written down independently of scoring's code from DOMAIN.md's points table
 * (model "default" version 1): points per engagement type, -10 for a free-mail address, the sum capped to 0..100.
 * The checker applies it to the accepted events and compares the result with the score the suite shows; it also
 * reads the explanation lines ("E-mail opened x3 (+6)") back into counts per type, which shows a double-counted
 * event even where the cap hides it in the score.
 */
public final class ScoringTable {

    static final int FREE_MAIL_POINTS = -10;
    static final int MIN = 0;
    static final int MAX = 100;

    private static final Map<String, Integer> POINTS = Map.ofEntries(
            Map.entry("email_opened", 2), Map.entry("email_clicked", 5), Map.entry("website_visited", 10),
            Map.entry("pricing_page_visited", 10), Map.entry("content_downloaded", 15),
            Map.entry("webinar_registered", 10), Map.entry("webinar_attended", 20), Map.entry("event_attended", 20),
            Map.entry("booth_visited", 15), Map.entry("follow_up_requested", 25), Map.entry("meeting_booked", 50),
            Map.entry("demo_requested", 50), Map.entry("trial_started", 40), Map.entry("quote_requested", 50),
            Map.entry("form_submitted", 10), Map.entry("unsubscribed", -30), Map.entry("email_bounced", -20));

    /** The free-mail domains the synthetic leads use (a subset of the kernel's list, enough for them). */
    private static final Set<String> FREE_MAIL = Set.of("gmail.com", "googlemail.com", "yahoo.com", "outlook.com",
            "hotmail.com", "icloud.com", "gmx.de", "web.de");

    private static final Pattern REASON = Pattern.compile("^(.+?)(?: x(\\d+))? \\(([+-]?\\d+)\\)$");

    private ScoringTable() {
    }

    public static int points(String type) {
        return POINTS.getOrDefault(type, 0);
    }

    public static boolean freeMail(String email) {
        int at = email.lastIndexOf('@');
        return at > 0 && FREE_MAIL.contains(email.substring(at + 1).toLowerCase(Locale.ROOT));
    }

    /** The score the model gives a lead with this e-mail and these engagement types. */
    public static int score(String email, Collection<String> types) {
        int sum = types.stream().mapToInt(ScoringTable::points).sum();
        if (freeMail(email)) {
            sum += FREE_MAIL_POINTS;
        }
        return Math.max(MIN, Math.min(MAX, sum));
    }

    /** How an engagement type reads in an explanation: "Demo requested", "E-mail opened". */
    public static String label(String type) {
        return switch (type) {
            case "email_opened" -> "E-mail opened";
            case "email_clicked" -> "E-mail clicked";
            case "email_bounced" -> "E-mail bounced";
            case "follow_up_requested" -> "Follow-up requested";
            default -> {
                String words = type.replace('_', ' ').toLowerCase(Locale.ROOT);
                yield Character.toUpperCase(words.charAt(0)) + words.substring(1);
            }
        };
    }

    /** The counts per explanation label read from reasons such as "E-mail opened x3 (+6)"; others are left out. */
    public static Map<String, Integer> countsByLabel(Collection<String> reasons) {
        Map<String, Integer> counts = new TreeMap<>();
        for (String reason : reasons) {
            Matcher matcher = REASON.matcher(reason.trim());
            if (matcher.matches() && !matcher.group(1).equals("Free-mail address")) {
                counts.merge(matcher.group(1), matcher.group(2) == null ? 1 : Integer.parseInt(matcher.group(2)),
                        Integer::sum);
            }
        }
        return counts;
    }
}
