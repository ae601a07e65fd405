package io.leadflow.deploy.traffic;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Made-up leads of varied fit and the engagements they cause, the same for the same seed. The mix follows what a B2B
 * marketing team sees: many weak or poor leads that browse, fewer good ones that read case studies and attend
 * webinars, and a few ideal ones (IT managers at companies of 200 or more) who ask for a demo.
 */
public final class SyntheticLeads {

    /** How well a lead matches the buyer a B2B seller wants; the share of each in a generated population. */
    public enum Fit {
        IDEAL(0.10),
        GOOD(0.25),
        WEAK(0.40),
        POOR(0.25);

        private final double share;

        Fit(double share) {
            this.share = share;
        }
    }

    public record Company(
            String name, String domain, int employees, String industry, long annualRevenue, String country) {}

    public record Person(
            String firstName,
            String lastName,
            String email,
            String jobTitle,
            String seniority,
            String department,
            String phone,
            Company company,
            Fit fit) {}

    /** One engagement: what, through which channel, how long before "now", with its campaign and properties. */
    public record Touch(
            String type,
            String channel,
            Duration before,
            String source,
            String campaign,
            Map<String, String> properties) {}

    public record Lead(Person person, List<Touch> touches) {}

    private static final String[] FIRST = {
        "Ava", "Noah", "Mia", "Liam", "Zoe", "Omar", "Lena", "Ivan", "Sara", "Kenji", "Priya", "Mateo", "Chloe",
        "Tomas", "Aisha", "Felix", "Nora", "Ravi", "Elena", "Jonas"
    };
    private static final String[] LAST = {
        "Fischer",
        "Okafor",
        "Nguyen",
        "Silva",
        "Kowalski",
        "Haddad",
        "Meyer",
        "Rossi",
        "Tanaka",
        "Larsen",
        "Dubois",
        "Novak",
        "Garcia",
        "Schmidt",
        "Patel",
        "Andersen",
        "Costa",
        "Weber"
    };
    private static final String[] COMPANY_STEM = {
        "Northwind",
        "Bluepeak",
        "Ironbridge",
        "Clearwater",
        "Redstone",
        "Silverline",
        "Brightpath",
        "Oakridge",
        "Stonegate",
        "Highfield",
        "Lakeside",
        "Summit",
        "Greenfield",
        "Harbor",
        "Crestview",
        "Westbrook"
    };
    private static final String[] COMPANY_KIND = {
        "Logistics", "Systems", "Health", "Manufacturing", "Retail", "Analytics", "Energy", "Finance"
    };
    private static final String[] INDUSTRY = {
        "logistics", "software", "healthcare", "manufacturing", "retail", "software", "energy", "financial services"
    };
    private static final String[] COUNTRY = {"DE", "GB", "FR", "NL", "US", "US", "SE", "ES"};
    private static final String[] FREE_MAIL = {"gmail.com", "yahoo.com", "outlook.com"};
    /** The free mail providers the generator gives poor leads. */
    static final List<String> FREE_MAIL_DOMAINS = List.of(FREE_MAIL);

    private static final String[] CAMPAIGNS = {
        "q4-launch", "webinar-series", "trade-show-berlin", "paid-search", "newsletter"
    };

    private SyntheticLeads() {}

    /** {@code count} leads, the same ones for the same seed; e-mails are unique within the run via {@code tag}. */
    public static List<Lead> generate(long seed, int count, String tag) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Lead> leads = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Fit fit = fit(random.nextDouble());
            Person person = person(random, fit, i, tag);
            leads.add(new Lead(person, touches(random, fit)));
        }
        return List.copyOf(leads);
    }

    private static Fit fit(double draw) {
        double sum = 0;
        for (Fit fit : Fit.values()) {
            sum += fit.share;
            if (draw < sum) {
                return fit;
            }
        }
        return Fit.POOR;
    }

    private static Person person(SplittableRandom random, Fit fit, int index, String tag) {
        String first = pick(random, FIRST);
        String last = pick(random, LAST);
        int kind = random.nextInt(COMPANY_KIND.length);
        String companyName = pick(random, COMPANY_STEM) + " " + COMPANY_KIND[kind];
        String domain = companyName.toLowerCase(Locale.ROOT).replace(' ', '-') + ".example";
        int employees = switch (fit) {
            case IDEAL -> 200 + random.nextInt(4800);
            case GOOD -> 100 + random.nextInt(900);
            case WEAK -> 10 + random.nextInt(190);
            case POOR -> 1 + random.nextInt(20);
        };
        String title = switch (fit) {
            case IDEAL -> pick(random, new String[] {"IT Manager", "Head of IT", "CIO", "IT Director"});
            case GOOD -> pick(random, new String[] {"Operations Manager", "Solutions Architect", "IT Lead"});
            case WEAK -> pick(random, new String[] {"Marketing Specialist", "Analyst", "Office Manager"});
            case POOR -> pick(random, new String[] {"Student", "Job Seeker", "Purchasing Assistant"});
        };
        String seniority = switch (fit) {
            case IDEAL -> "manager";
            case GOOD -> "senior";
            case WEAK, POOR -> "entry";
        };
        String mailDomain = fit == Fit.POOR ? pick(random, FREE_MAIL) : domain;
        String email = (first + "." + last + "+" + tag + "-" + index).toLowerCase(Locale.ROOT) + "@" + mailDomain;
        Company company = new Company(
                companyName,
                domain,
                employees,
                INDUSTRY[kind],
                employees * (80_000L + random.nextInt(120_000)),
                pick(random, COUNTRY));
        String phone = "+49 30 " + (1_000_000 + random.nextInt(8_999_999));
        return new Person(
                first, last, email, title, seniority, fit == Fit.IDEAL ? "IT" : "Operations", phone, company, fit);
    }

    private static List<Touch> touches(SplittableRandom random, Fit fit) {
        String campaign = pick(random, CAMPAIGNS);
        List<Touch> touches = new ArrayList<>();
        int opens = 1 + random.nextInt(4);
        for (int i = 0; i < opens; i++) {
            touches.add(touch(random, "email_opened", "email", "newsletter", campaign, Map.of()));
        }
        if (random.nextDouble() < 0.6) {
            touches.add(touch(random, "email_clicked", "email", "newsletter", campaign, Map.of()));
        }
        int visits = 1 + random.nextInt(3);
        for (int i = 0; i < visits; i++) {
            touches.add(touch(
                    random,
                    "website_visited",
                    "website",
                    "website",
                    campaign,
                    Map.of(
                            "url",
                            "https://leadflow.example/"
                                    + pick(random, new String[] {"product", "blog", "integrations", "customers"}))));
        }
        double interest = switch (fit) {
            case IDEAL -> 0.9;
            case GOOD -> 0.6;
            case WEAK -> 0.3;
            case POOR -> 0.2;
        };
        if (random.nextDouble() < interest) {
            int downloads = 1 + random.nextInt(2);
            for (int i = 0; i < downloads; i++) {
                touches.add(touch(
                        random,
                        "content_downloaded",
                        "content_form",
                        "website",
                        campaign,
                        Map.of("contentType", pick(random, new String[] {"case_study", "whitepaper", "ebook"}))));
            }
        }
        if (random.nextDouble() < interest * 0.7) {
            touches.add(touch(random, "webinar_registered", "webinar", "webinar-platform", "webinar-series", Map.of()));
            touches.add(touch(
                    random,
                    "webinar_attended",
                    "webinar",
                    "webinar-platform",
                    "webinar-series",
                    Map.of("minutesAttended", Integer.toString(10 + random.nextInt(50)))));
        }
        if (random.nextDouble() < interest * 0.6) {
            touches.add(touch(
                    random,
                    "pricing_page_visited",
                    "website",
                    "website",
                    campaign,
                    Map.of("url", "https://leadflow.example/pricing")));
        }
        double buying = switch (fit) {
            case IDEAL -> 0.55;
            case GOOD -> 0.25;
            case WEAK -> 0.05;
            case POOR -> 0.05;
        };
        if (random.nextDouble() < buying) {
            touches.add(touch(
                    random,
                    pick(random, new String[] {"demo_requested", "demo_requested", "quote_requested", "trial_started"}),
                    "contact_form",
                    "website",
                    campaign,
                    Map.of()));
        }
        if (fit == Fit.POOR && random.nextDouble() < 0.3) {
            touches.add(touch(random, "unsubscribed", "email", "newsletter", campaign, Map.of()));
        }
        touches.sort((a, b) -> b.before().compareTo(a.before()));
        return List.copyOf(touches);
    }

    private static Touch touch(
            SplittableRandom random,
            String type,
            String channel,
            String source,
            String campaign,
            Map<String, String> properties) {
        return new Touch(
                type, channel, Duration.ofMinutes(5 + random.nextInt(60 * 24 * 20)), source, campaign, properties);
    }

    private static String pick(SplittableRandom random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
