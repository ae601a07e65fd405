package io.leadflow.scoring.predictive;

import io.leadflow.kernel.Channel;
import io.leadflow.kernel.EngagementType;
import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.LifecycleStage;
import io.leadflow.kernel.event.ProfileAttributes;
import io.leadflow.scoring.application.port.in.LeadHistory;
import io.leadflow.scoring.domain.Engagement;
import io.leadflow.scoring.domain.ProfileFacts;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Synthetic leads with outcomes drawn from a hidden propensity that depends on fit and behaviour, with a fixed seed:
 * a history whose truth is known, so a trained model can be checked against it. Each lead gets a profile (seniority,
 * company size, industry, country, free mail), a first touch (channel, campaign), engagements over about two months
 * whose counts follow a hidden interest, an MQL and an acceptance by sales, and a WON or LOST outcome 2 to 4 months
 * after its first touch, spread over a year.
 *
 * <p>The propensity (log-odds): {@code -2.6 + 0.45 * seniority rank (0..4) + 0.35 * log10(employees) + 0.30 *
 * min(pricing visits, 6) + 1.3 * demo requested + 0.35 * min(webinars attended, 3) - 1.6 * unsubscribed + 0.5 *
 * (industry software) - 0.7 * free mail + 0.4 * (first touch at a trade show)}. E-mail opens, country, campaign and
 * time to response carry no signal.
 */
public final class SyntheticHistory {

    /** One synthetic lead and the true probability its outcome was drawn from. */
    public record SyntheticLead(LeadHistory history, double propensity) {}

    public static final Instant START = Instant.parse("2025-01-01T00:00:00Z");

    private static final String[] SENIORITY = {"entry", "manager", "director", "vp", "c-level"};
    private static final double[] SENIORITY_WEIGHTS = {0.35, 0.30, 0.18, 0.12, 0.05};
    private static final String[] INDUSTRY = {"software", "finance", "retail", "manufacturing", "healthcare"};
    private static final String[] COUNTRY = {"DE", "US", "GB", "FR"};
    private static final Channel[] CHANNEL = {
        Channel.CONTENT_FORM, Channel.PAID_SEARCH, Channel.WEBINAR, Channel.TRADE_SHOW, Channel.EMAIL, Channel.WEBSITE
    };
    private static final String[] CAMPAIGN = {"spring-launch", "summer-webinars", "autumn-fair"};

    private final Random random;
    private int sequence;

    private SyntheticHistory(long seed) {
        this.random = new Random(seed);
    }

    /** {@code leads} synthetic leads, the same for the same seed. */
    public static List<SyntheticLead> generate(int leads, long seed) {
        SyntheticHistory generator = new SyntheticHistory(seed);
        List<SyntheticLead> result = new ArrayList<>(leads);
        for (int i = 0; i < leads; i++) {
            result.add(generator.lead());
        }
        return result;
    }

    private SyntheticLead lead() {
        sequence++;
        Instant start = START.plus(Duration.ofMinutes(random.nextInt(365 * 24 * 60)));
        int seniority = pick(SENIORITY_WEIGHTS);
        long employees = Math.round(Math.pow(10, 1 + 3 * random.nextDouble()));
        String industry = INDUSTRY[random.nextInt(INDUSTRY.length)];
        boolean freeMail = random.nextDouble() < 0.2;
        Channel channel = CHANNEL[random.nextInt(CHANNEL.length)];
        String campaign = CAMPAIGN[random.nextInt(CAMPAIGN.length)];
        double interest = random.nextGaussian();
        int pricing = poisson(Math.exp(0.2 + 0.5 * interest));
        int opens = poisson(3);
        int webinars = poisson(Math.exp(-1 + 0.4 * interest));
        boolean demo = random.nextDouble() < sigmoid(-2 + interest);
        boolean unsubscribed = random.nextDouble() < 0.08;
        double logOdds = -2.6
                + 0.45 * seniority
                + 0.35 * Math.log10(employees)
                + 0.30 * Math.min(pricing, 6)
                + (demo ? 1.3 : 0)
                + 0.35 * Math.min(webinars, 3)
                - (unsubscribed ? 1.6 : 0)
                + (industry.equals("software") ? 0.5 : 0)
                - (freeMail ? 0.7 : 0)
                + (channel == Channel.TRADE_SHOW ? 0.4 : 0);
        double propensity = sigmoid(logOdds);
        boolean won = random.nextDouble() < propensity;

        List<Engagement> events = new ArrayList<>();
        events.add(event(EngagementType.FORM_SUBMITTED, channel, campaign, start));
        add(events, EngagementType.PRICING_PAGE_VISITED, pricing, start);
        add(events, EngagementType.EMAIL_OPENED, opens, start);
        add(events, EngagementType.WEBINAR_ATTENDED, webinars, start);
        add(events, EngagementType.DEMO_REQUESTED, demo ? 1 : 0, start);
        add(events, EngagementType.UNSUBSCRIBED, unsubscribed ? 1 : 0, start);
        events.sort(Comparator.comparing(Engagement::occurredAt).thenComparing(Engagement::eventId));

        Instant mql = start.plus(Duration.ofDays(30));
        Instant sal = mql.plus(Duration.ofMinutes(30 + random.nextInt(48 * 60)));
        Instant closed = start.plus(Duration.ofDays(60 + random.nextInt(60)));
        Map<LifecycleStage, Instant> reached = new EnumMap<>(LifecycleStage.class);
        reached.put(LifecycleStage.MQL, mql);
        reached.put(LifecycleStage.SAL, sal);
        reached.put(won ? LifecycleStage.WON : LifecycleStage.LOST, closed);

        Map<String, String> attributes = Map.of(
                ProfileAttributes.SENIORITY,
                SENIORITY[seniority],
                ProfileAttributes.COMPANY_EMPLOYEES,
                Long.toString(employees),
                ProfileAttributes.COMPANY_INDUSTRY,
                industry,
                ProfileAttributes.COUNTRY,
                COUNTRY[random.nextInt(COUNTRY.length)],
                ProfileAttributes.FREE_MAIL,
                Boolean.toString(freeMail),
                ProfileAttributes.JOB_TITLE,
                SENIORITY[seniority] + " of operations");
        String email = "lead-" + sequence + (freeMail ? "@gmail.example" : "@company" + sequence % 97 + ".example");
        ProfileFacts profile = new ProfileFacts(email, attributes, start);
        LeadHistory history = new LeadHistory(new LeadId(uuid()), profile, "all", events, reached);
        return new SyntheticLead(history, propensity);
    }

    private void add(List<Engagement> events, EngagementType type, int count, Instant start) {
        for (int i = 0; i < count; i++) {
            Instant at = start.plus(Duration.ofMinutes(1 + random.nextInt(55 * 24 * 60)));
            events.add(event(type, Channel.WEBSITE, null, at));
        }
    }

    private Engagement event(EngagementType type, Channel channel, String campaign, Instant at) {
        return new Engagement(uuid(), type, null, channel, "synthetic", campaign, Map.of(), at);
    }

    private UUID uuid() {
        return new UUID(random.nextLong(), random.nextLong());
    }

    private int pick(double[] weights) {
        double u = random.nextDouble();
        for (int i = 0; i < weights.length; i++) {
            u -= weights[i];
            if (u < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private int poisson(double mean) {
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }

    private static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }
}
