package io.leadflow.deploy.demo;

import io.leadflow.deploy.traffic.SuiteClient;
import io.leadflow.deploy.traffic.SyntheticDeals;
import io.leadflow.deploy.traffic.SyntheticLeads;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The demo's marketing automation tool: streams synthetic leads of varied fit into the suite through ingestion's
 * public API (each lead's profile, then its engagements, one request at a time), and lets a few leads the reps
 * rejected come back later and ask for a demo, so that nurturing recycles them to sales. It knows what will become
 * of each lead's deal ({@link SyntheticDeals}), the truth the demo's outcomes are drawn from.
 */
final class MarketingTool {

    static final int LEADS = 300;
    private static final long SEED = 2026;
    private static final Duration WIN_BACK_AFTER = Duration.ofSeconds(90);
    private static final int WIN_BACKS = 5;

    private final SuiteClient source;
    private final Clock clock;
    private final PrintStream out;
    private final Map<String, String> emailOfLead = new ConcurrentHashMap<>();
    private final Map<String, SyntheticDeals.Deal> dealOfEmail = new HashMap<>();
    private final Map<String, Instant> rejectedAt = new ConcurrentHashMap<>();
    private final Queue<Supplier<SuiteClient.Answer>> requests;
    private final AtomicInteger sent = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicInteger wonBack = new AtomicInteger();

    /** {@code source} is signed in as a marketing source; the stream of {@link #LEADS} leads is planned at once. */
    MarketingTool(SuiteClient source, Clock clock, PrintStream out) {
        this(source, LEADS, clock, out);
    }

    /** As {@link #MarketingTool(SuiteClient, Clock, PrintStream)}, with {@code leads} leads. */
    MarketingTool(SuiteClient source, int leads, Clock clock, PrintStream out) {
        this.source = source;
        this.clock = clock;
        this.out = out;
        List<SyntheticLeads.Lead> population = SyntheticLeads.generate(
                SEED, leads, Long.toString(clock.instant().getEpochSecond()));
        List<SyntheticDeals.Deal> deals = SyntheticDeals.of(population, SEED);
        for (int i = 0; i < population.size(); i++) {
            dealOfEmail.put(population.get(i).person().email(), deals.get(i));
        }
        this.requests = requests(source, population, emailOfLead, clock.instant());
    }

    /** The e-mail and the deal of a lead this tool sent, by LeadFlow's lead id. */
    Optional<Map.Entry<String, SyntheticDeals.Deal>> deal(String leadId) {
        String email = emailOfLead.get(leadId);
        SyntheticDeals.Deal deal = email == null ? null : dealOfEmail.get(email);
        return deal == null ? Optional.empty() : Optional.of(Map.entry(email, deal));
    }

    /** Whether every planned request was sent. */
    boolean done() {
        return requests.isEmpty();
    }

    int sent() {
        return sent.get();
    }

    int refused() {
        return refused.get();
    }

    int wonBack() {
        return wonBack.get();
    }

    /** Each lead's profile, then its engagements, as a marketing tool would send them, oldest first. */
    private static Queue<Supplier<SuiteClient.Answer>> requests(
            SuiteClient source, List<SyntheticLeads.Lead> leads, Map<String, String> emailOfLead, Instant now) {
        Queue<Supplier<SuiteClient.Answer>> queue = new ConcurrentLinkedQueue<>();
        for (SyntheticLeads.Lead lead : leads) {
            SyntheticLeads.Person person = lead.person();
            queue.add(() -> source.upsertContact(person.email(), SuiteClient.json(profile(person))));
            for (SyntheticLeads.Touch touch : lead.touches()) {
                // the lead's weeks of history, squeezed into the last hours so that the demo moves
                Instant at = now.minus(touch.before().dividedBy(100));
                queue.add(() -> remember(
                        emailOfLead,
                        person.email(),
                        source.post(
                                "/api/v1/events",
                                engagement(
                                        person.email(),
                                        touch.type(),
                                        touch.channel(),
                                        at,
                                        touch.source(),
                                        touch.campaign(),
                                        touch.properties()),
                                Map.of("Idempotency-Key", UUID.randomUUID().toString()))));
            }
        }
        return queue;
    }

    /** Sends the next request of the stream, if any is left. */
    void sendNext() {
        Supplier<SuiteClient.Answer> next = requests.poll();
        if (next == null) {
            return;
        }
        SuiteClient.Answer answer = next.get();
        sent.incrementAndGet();
        if (!answer.ok()) {
            refused.incrementAndGet();
        }
    }

    /** Leads the reps rejected: each may come back once it waited a while. */
    void rejected(Set<String> leads) {
        leads.forEach(lead -> rejectedAt.putIfAbsent(lead, clock.instant()));
    }

    private static SuiteClient.Answer remember(
            Map<String, String> emailOfLead, String email, SuiteClient.Answer answer) {
        if (answer.ok() && answer.body() != null) {
            emailOfLead.putIfAbsent(answer.body().path("leadId").asString(), email);
        }
        return answer;
    }

    /** A few rejected leads come back a little later and ask for a demo: nurturing recycles them to sales. */
    void winBack() {
        Deque<String> due = new ArrayDeque<>();
        rejectedAt.forEach((lead, at) -> {
            if (Duration.between(at, clock.instant()).compareTo(WIN_BACK_AFTER) >= 0) {
                due.add(lead);
            }
        });
        for (String lead : due) {
            String email = emailOfLead.get(lead);
            if (wonBack.get() >= WIN_BACKS || email == null || rejectedAt.remove(lead) == null) {
                continue;
            }
            if (source.post(
                            "/api/v1/events",
                            engagement(
                                    email,
                                    "demo_requested",
                                    "contact_form",
                                    clock.instant(),
                                    "website",
                                    "win-back",
                                    Map.of()))
                    .ok()) {
                wonBack.incrementAndGet();
                out.println("demo: rejected lead " + lead + " asked for a demo again; nurturing should recycle it");
            }
        }
    }

    private static Map<String, Object> profile(SyntheticLeads.Person person) {
        SyntheticLeads.Company company = person.company();
        return Map.of(
                "firstName",
                person.firstName(),
                "lastName",
                person.lastName(),
                "jobTitle",
                person.jobTitle(),
                "seniority",
                person.seniority(),
                "department",
                person.department(),
                "phone",
                person.phone(),
                "country",
                company.country(),
                "company",
                Map.of(
                        "name",
                        company.name(),
                        "domain",
                        company.domain(),
                        "employees",
                        Integer.toString(company.employees()),
                        "industry",
                        company.industry(),
                        "annualRevenue",
                        Long.toString(company.annualRevenue())),
                "consent",
                Map.of("email", true));
    }

    private static String engagement(
            String email,
            String type,
            String channel,
            Instant at,
            String source,
            String campaign,
            Map<String, String> properties) {
        return SuiteClient.json(Map.of(
                "type",
                type,
                "occurredAt",
                at.toString(),
                "email",
                email,
                "channel",
                channel,
                "source",
                source,
                "campaign",
                campaign,
                "properties",
                properties));
    }
}
