package io.leadflow.deploy.traffic;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * What became of each synthetic lead's deal, drawn from a <b>hidden propensity</b> that depends on the lead's fit and
 * behaviour: the known truth a predictive model of the demo's history is judged against. The same leads and seed give
 * the same deals.
 *
 * <p>The propensity, in log-odds: {@code -3.2 + 0.5 * seniority rank (entry 0, senior 1, manager 2) + 0.45 *
 * log10(employees) + 0.5 * (industry software) - 0.8 * (free mail) + 0.7 * (visited the pricing page) + 0.25 *
 * min(content downloads, 2) + 0.5 * (attended a webinar) + 1.2 * (asked for a demo) + 0.9 * (asked for a quote) + 0.6
 * * (started a trial) - 1.5 * (unsubscribed)}. E-mail opens and clicks, website visits, country and campaign carry no
 * signal. A deal closes 20 to 120 days after the lead was qualified (its sales cycle), won with the propensity's
 * chance, at an amount that grows with the company's size, or lost with a reason.
 */
public final class SyntheticDeals {

    /** The lead's true chance of winning, the drawn outcome, its sales cycle, amount and reason, and its channel. */
    public record Deal(double propensity, boolean won, Duration cycle, long amount, String lostReason, Route route) {}

    /** How the outcome reaches LeadFlow: a rep records it through the API, or the CRM's webhook reports it. */
    public enum Route {
        API,
        HUBSPOT
    }

    /** The share of deals whose outcome arrives through the CRM's webhook. */
    static final double THROUGH_CRM = 0.35;

    private static final String[] LOST_REASONS = {"price", "competitor", "no_budget", "no_decision", "timing"};

    private SyntheticDeals() {}

    /** One deal per lead, in the leads' order, the same for the same seed. */
    public static List<Deal> of(List<SyntheticLeads.Lead> leads, long seed) {
        SplittableRandom random = new SplittableRandom(seed ^ 0x5EED_DEA1L);
        List<Deal> deals = new ArrayList<>(leads.size());
        for (SyntheticLeads.Lead lead : leads) {
            double propensity = propensity(lead);
            boolean won = random.nextDouble() < propensity;
            Duration cycle = Duration.ofDays(20 + random.nextInt(101));
            long amount =
                    100L * Math.round(60 + 4 * Math.sqrt(lead.person().company().employees()) + random.nextInt(60));
            String reason = won ? null : LOST_REASONS[random.nextInt(LOST_REASONS.length)];
            Route route = random.nextDouble() < THROUGH_CRM ? Route.HUBSPOT : Route.API;
            deals.add(new Deal(propensity, won, cycle, amount, reason, route));
        }
        return List.copyOf(deals);
    }

    /** The hidden propensity of this lead (0-1): the formula in the class comment. */
    public static double propensity(SyntheticLeads.Lead lead) {
        SyntheticLeads.Person person = lead.person();
        double logOdds = -3.2
                + 0.5 * seniorityRank(person.seniority())
                + 0.45 * Math.log10(Math.max(1, person.company().employees()))
                + (person.company().industry().equals("software") ? 0.5 : 0)
                - (freeMail(person.email()) ? 0.8 : 0)
                + (count(lead, "pricing_page_visited") > 0 ? 0.7 : 0)
                + 0.25 * Math.min(count(lead, "content_downloaded"), 2)
                + (count(lead, "webinar_attended") > 0 ? 0.5 : 0)
                + (count(lead, "demo_requested") > 0 ? 1.2 : 0)
                + (count(lead, "quote_requested") > 0 ? 0.9 : 0)
                + (count(lead, "trial_started") > 0 ? 0.6 : 0)
                - (count(lead, "unsubscribed") > 0 ? 1.5 : 0);
        return 1 / (1 + Math.exp(-logOdds));
    }

    private static int seniorityRank(String seniority) {
        return switch (seniority.toLowerCase(Locale.ROOT)) {
            case "manager" -> 2;
            case "senior" -> 1;
            default -> 0;
        };
    }

    private static boolean freeMail(String email) {
        String domain = email.substring(email.indexOf('@') + 1);
        return SyntheticLeads.FREE_MAIL_DOMAINS.contains(domain);
    }

    private static long count(SyntheticLeads.Lead lead, String type) {
        return lead.touches().stream()
                .filter(touch -> touch.type().equals(type))
                .count();
    }
}
