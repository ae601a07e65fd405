package io.leadflow.deploy.demo;

import io.leadflow.deploy.traffic.LocalSignIn;
import io.leadflow.deploy.traffic.SuiteClient;
import io.leadflow.deploy.traffic.SuiteUnreachableException;
import io.leadflow.deploy.traffic.SyntheticLeads;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * {@code ./leadflow --demo}: once the suite is up, sets up a sales team and a nurture track through the public API,
 * streams a few hundred synthetic leads of varied fit as a marketing tool would, and plays the reps. Within a few
 * minutes the inbox page shows qualified leads reaching reps and Slack, SLA reminders and breaches, rejections,
 * nurture steps reaching marketing's automation, and leads that re-engage coming back to sales.
 */
public final class Demo implements AutoCloseable {

    /** The inbox listens on the gateway port plus this. */
    public static final int INBOX_OFFSET = 12;

    static final int LEADS = 300;
    private static final long SEED = 2026;
    private static final Duration REQUEST_INTERVAL = Duration.ofMillis(80);
    private static final Duration WIN_BACK_AFTER = Duration.ofSeconds(90);
    private static final int WIN_BACKS = 5;

    private final NotificationInbox inbox;
    private final Clock clock;
    private final PrintStream out;
    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "leadflow-demo");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, String> emailOfLead = new ConcurrentHashMap<>();
    private final Map<String, Instant> rejectedAt = new ConcurrentHashMap<>();
    private final AtomicInteger sent = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicInteger wonBack = new AtomicInteger();

    private Demo(NotificationInbox inbox, Clock clock, PrintStream out) {
        this.inbox = inbox;
        this.clock = clock;
        this.out = out;
    }

    /** Starts the inbox before the suite, so that the services can be told where to send. */
    public static Demo prepare(int gatewayPort, PrintStream out) throws IOException {
        return new Demo(NotificationInbox.start(gatewayPort + INBOX_OFFSET, Clock.systemUTC()), Clock.systemUTC(), out);
    }

    /** What the services need to know for the demo: marketing's automation tool is the inbox. */
    public Map<String, Map<String, String>> environment() {
        return Map.of("nurturing-service", Map.of("LEADFLOW_NURTURE_WEBHOOK_URL", inbox.url("marketing")));
    }

    public String inboxUrl() {
        return inbox.pageUrl();
    }

    /** Runs the demo in the background against the suite at {@code gatewayUrl}. */
    public void start(String gatewayUrl) {
        scheduler.execute(() -> {
            try {
                run(SuiteClient.of(gatewayUrl));
            } catch (RuntimeException e) {
                out.println("demo: stopped: " + e.getMessage());
            }
        });
    }

    private void run(SuiteClient gateway) {
        SuiteClient admin = LocalSignIn.as(gateway, "admin@leadflow-demo.example", LocalSignIn.ADMIN);
        SuiteClient marketing = LocalSignIn.as(gateway, "marketing@leadflow-demo.example", LocalSignIn.MARKETING);
        SuiteClient source = LocalSignIn.source(admin, "demo marketing automation");
        List<DemoOrganisation.Rep> reps = DemoOrganisation.seed(gateway, admin, marketing, inbox);
        out.println("demo: a sales team of " + reps.size() + " reps (manager " + DemoOrganisation.MANAGER
                + "), SLAs of 2-3 minutes and a nurture track with steps a minute apart are set up; streaming "
                + LEADS + " synthetic leads now. Watch " + inbox.pageUrl());
        Queue<Supplier<SuiteClient.Answer>> requests = requests(source);
        SalesFloor floor = new SalesFloor(reps, clock);
        scheduler.scheduleWithFixedDelay(() -> send(requests), 0, REQUEST_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
        scheduler.scheduleWithFixedDelay(
                () -> quietly(() -> {
                    floor.work();
                    floor.rejectedLeads().forEach(lead -> rejectedAt.putIfAbsent(lead, clock.instant()));
                    winBack(source);
                }),
                10,
                5,
                TimeUnit.SECONDS);
        scheduler.scheduleWithFixedDelay(() -> quietly(() -> progress(marketing, floor)), 20, 20, TimeUnit.SECONDS);
    }

    /** Each lead's profile, then its engagements, as a marketing tool would send them, oldest first. */
    private Queue<Supplier<SuiteClient.Answer>> requests(SuiteClient source) {
        Queue<Supplier<SuiteClient.Answer>> queue = new ConcurrentLinkedQueue<>();
        Instant now = clock.instant();
        for (SyntheticLeads.Lead lead : SyntheticLeads.generate(SEED, LEADS, Long.toString(now.getEpochSecond()))) {
            SyntheticLeads.Person person = lead.person();
            queue.add(() -> source.put("/api/v1/contacts/" + person.email(), SuiteClient.json(profile(person))));
            for (SyntheticLeads.Touch touch : lead.touches()) {
                // the lead's weeks of history, squeezed into the last hours so that the demo moves
                Instant at = now.minus(touch.before().dividedBy(100));
                queue.add(() -> remember(
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

    private void send(Queue<Supplier<SuiteClient.Answer>> requests) {
        Supplier<SuiteClient.Answer> next = requests.poll();
        if (next == null) {
            return;
        }
        quietly(() -> {
            SuiteClient.Answer answer = next.get();
            sent.incrementAndGet();
            if (!answer.ok()) {
                refused.incrementAndGet();
            }
        });
    }

    private SuiteClient.Answer remember(String email, SuiteClient.Answer answer) {
        if (answer.ok() && answer.body() != null) {
            emailOfLead.putIfAbsent(answer.body().path("leadId").asString(), email);
        }
        return answer;
    }

    /** A few rejected leads come back a little later and ask for a demo: nurturing recycles them to sales. */
    private void winBack(SuiteClient source) {
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

    private void progress(SuiteClient marketing, SalesFloor floor) {
        Map<String, Integer> byKind = new LinkedHashMap<>();
        for (NotificationInbox.Received received : inbox.received()) {
            byKind.merge(kind(received), 1, Integer::sum);
        }
        SuiteClient.Answer mqls = marketing.get("/api/v1/leads?stage=MQL&size=1");
        String mql =
                mqls.ok() && mqls.body() != null ? mqls.body().path("total").asString("?") : "?";
        out.printf(
                "demo: %d requests sent (%d refused) · MQLs waiting for sales %s · notifications %s · reps "
                        + "accepted %d, qualified %d, rejected %d · won back %d%n",
                sent.get(),
                refused.get(),
                mql,
                byKind,
                floor.accepted.get(),
                floor.qualified.get(),
                floor.rejected.get(),
                wonBack.get());
    }

    /** What a notification was about: a new hand-off, a reminder, a breach, a nurture step, or a Slack message. */
    private String kind(NotificationInbox.Received received) {
        if (received.hook().equals("slack")) {
            return "slack";
        }
        try {
            String type = SuiteClient.parse(received.body()).path("type").asString("other");
            return switch (type) {
                case "lead.handoff.assigned" -> "new lead";
                case "lead.handoff.reminder" -> "SLA reminder";
                case "lead.handoff.sla_breached" -> "SLA breach";
                case "nurture.step.due" -> "nurture step";
                default -> type;
            };
        } catch (RuntimeException notJson) {
            return "other";
        }
    }

    private void quietly(Runnable step) {
        try {
            step.run();
        } catch (SuiteUnreachableException e) {
            out.println("demo: " + e.getMessage());
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

    @Override
    public void close() {
        scheduler.shutdownNow();
        inbox.close();
    }
}
