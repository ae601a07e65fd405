package io.leadflow.load;

import io.leadflow.deploy.traffic.SyntheticLeads;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
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
            Map.entry("email_opened", 2),
            Map.entry("email_clicked", 5),
            Map.entry("website_visited", 10),
            Map.entry("pricing_page_visited", 10),
            Map.entry("content_downloaded", 15),
            Map.entry("webinar_registered", 10),
            Map.entry("webinar_attended", 20),
            Map.entry("event_attended", 20),
            Map.entry("booth_visited", 15),
            Map.entry("follow_up_requested", 25),
            Map.entry("meeting_booked", 50),
            Map.entry("demo_requested", 50),
            Map.entry("trial_started", 40),
            Map.entry("quote_requested", 50),
            Map.entry("form_submitted", 10),
            Map.entry("unsubscribed", -30),
            Map.entry("email_bounced", -20));

    /** The free-mail domains the synthetic leads use (a subset of the kernel's list, enough for them). */
    private static final Set<String> FREE_MAIL = Set.of(
            "gmail.com", "googlemail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "gmx.de", "web.de");

    /** Seniorities the "Senior title" fit rule counts. */
    private static final Set<String> SENIOR = Set.of("manager", "director", "vp", "c-level", "head");

    static final int SENIOR_TITLE_POINTS = 10;
    static final int LARGE_COMPANY_POINTS = 10;
    static final int LARGE_COMPANY = 200;
    static final int IT_MANAGER_CASE_STUDIES_POINTS = 20;

    private static final Pattern REASON = Pattern.compile("^(.+?)(?: x(\\d+))? \\(([+-]?\\d+)\\)$");

    private ScoringTable() {}

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

    /**
     * The most a profile can add to the score: senior title +10, a company of 200+ employees +10, and DOMAIN.md's
     * "IT department managers who downloaded at least two case studies and work at companies with more than 200
     * employees" +20 whenever two downloads are held (which were case studies is not tracked here). The profile's
     * negatives (student, purchasing) are left out: this is for a ceiling.
     */
    public static int fitPoints(SyntheticLeads.Person person, Collection<String> types) {
        int points = 0;
        if (SENIOR.contains(person.seniority().toLowerCase(Locale.ROOT))) {
            points += SENIOR_TITLE_POINTS;
        }
        boolean large = person.company().employees() >= LARGE_COMPANY;
        if (large) {
            points += LARGE_COMPANY_POINTS;
        }
        long downloads = types.stream().filter("content_downloaded"::equals).count();
        if (large && "IT".equals(person.department()) && downloads >= 2) {
            points += IT_MANAGER_CASE_STUDIES_POINTS;
        }
        return points;
    }

    /** The fit rules' explanation labels this profile must show once scoring has it. */
    public static List<String> fitLabels(SyntheticLeads.Person person) {
        List<String> labels = new ArrayList<>();
        if (SENIOR.contains(person.seniority().toLowerCase(Locale.ROOT))) {
            labels.add("Senior title");
        }
        if (person.company().employees() >= LARGE_COMPANY) {
            labels.add("Company with 200+ employees");
        }
        return labels;
    }

    /** The score ceiling of a lead with these engagement types and, when non-null, this profile. */
    public static int ceiling(String email, Collection<String> types, SyntheticLeads.Person profile) {
        int sum =
                types.stream().mapToInt(ScoringTable::points).sum() + (profile == null ? 0 : fitPoints(profile, types));
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

    /** Whether an explanation label is an engagement type's (not a fit or profile rule's). */
    public static boolean engagementLabel(String label) {
        return POINTS.keySet().stream().anyMatch(type -> label(type).equals(label));
    }

    /** The counts per explanation label read from reasons such as "E-mail opened x3 (+6)"; others are left out. */
    public static Map<String, Integer> countsByLabel(Collection<String> reasons) {
        Map<String, Integer> counts = new TreeMap<>();
        for (String reason : reasons) {
            Matcher matcher = REASON.matcher(reason.trim());
            if (matcher.matches() && !matcher.group(1).equals("Free-mail address")) {
                counts.merge(
                        matcher.group(1),
                        matcher.group(2) == null ? 1 : Integer.parseInt(matcher.group(2)),
                        Integer::sum);
            }
        }
        return counts;
    }
}
