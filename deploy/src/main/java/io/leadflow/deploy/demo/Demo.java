package io.leadflow.deploy.demo;

import io.leadflow.deploy.traffic.HubSpotWebhook;
import io.leadflow.deploy.traffic.LocalSignIn;
import io.leadflow.deploy.traffic.SuiteClient;
import io.leadflow.deploy.traffic.SuiteUnreachableException;
import java.io.IOException;
import java.io.PrintStream;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * {@code ./leadflow --demo}: once the suite is up, sets up a sales team and a nurture track through the public API,
 * streams a few hundred synthetic leads of varied fit as a marketing tool would, and plays the reps. Within a few
 * minutes the inbox page shows qualified leads reaching reps and Slack, SLA reminders and breaches, rejections,
 * nurture steps reaching marketing's automation, and leads that re-engage coming back to sales. The qualified leads'
 * deals open and close a sales cycle later (a simulated day is a second), won or lost as a hidden propensity drew
 * them, recorded by the reps or by HubSpot's signed webhook; once enough deals closed, marketing trains the
 * {@value WinRateModel#MODEL} predictive model on them and publishes it, so the lead views show likelihoods.
 */
public final class Demo implements AutoCloseable {

    /** The inbox listens on the gateway port plus this. */
    public static final int INBOX_OFFSET = 12;

    static final String ADMIN = "admin@leadflow-demo.example";
    static final String MARKETING = "marketing@leadflow-demo.example";

    private static final Duration REQUEST_INTERVAL = Duration.ofMillis(80);
    /** A simulated day of a deal's sales cycle lasts this long in the demo. */
    private static final Duration DAY = Duration.ofSeconds(1);
    /** Scoring trains on so few outcomes in the demo (30 won and 30 lost elsewhere). */
    private static final int MIN_OUTCOMES = 10;
    /** A new version is trained once this many more deals closed. */
    private static final int RETRAIN_EVERY = 15;

    private final NotificationInbox inbox;
    private final String gatewayUrl;
    private final String hubSpotSecret;
    private final Clock clock;
    private final PrintStream out;
    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "leadflow-demo");
        thread.setDaemon(true);
        return thread;
    });

    private Demo(NotificationInbox inbox, String gatewayUrl, Clock clock, PrintStream out) {
        this.inbox = inbox;
        this.gatewayUrl = gatewayUrl;
        this.hubSpotSecret = secret();
        this.clock = clock;
        this.out = out;
    }

    /**
     * Who signs in to the console during the demo, e-mail to role: one person per role, the reps being the demo
     * team's (their inboxes fill as leads arrive) and the manager the team's manager.
     */
    public static Map<String, String> people() {
        Map<String, String> people = new LinkedHashMap<>();
        people.put(MARKETING, LocalSignIn.MARKETING);
        DemoOrganisation.repEmails().forEach(rep -> people.put(rep, LocalSignIn.SALES_REP));
        people.put(DemoOrganisation.MANAGER, LocalSignIn.SALES_MANAGER);
        people.put(ADMIN, LocalSignIn.ADMIN);
        return people;
    }

    /** Starts the inbox before the suite (at {@code gatewayUrl}), so that the services can be told where to send. */
    public static Demo prepare(int gatewayPort, String gatewayUrl, PrintStream out) throws IOException {
        return new Demo(
                NotificationInbox.start(gatewayPort + INBOX_OFFSET, Clock.systemUTC()),
                gatewayUrl,
                Clock.systemUTC(),
                out);
    }

    /**
     * What the services need to know for the demo: marketing's automation tool is the inbox, the demo's HubSpot app
     * signs deal updates with a secret made up for this run, and scoring trains on the demo's few outcomes.
     */
    public Map<String, Map<String, String>> environment() {
        return Map.of(
                "nurturing-service",
                Map.of("LEADFLOW_NURTURE_WEBHOOK_URL", inbox.url("marketing")),
                "handoff-service",
                Map.of(
                        "LEADFLOW_CRM_HUBSPOT_CLIENT_SECRET",
                        hubSpotSecret,
                        "LEADFLOW_CRM_HUBSPOT_WEBHOOK_URL",
                        hubSpotWebhookUrl()),
                "scoring-service",
                Map.of(
                        "LEADFLOW_PREDICTIVE_MINWON",
                        Integer.toString(MIN_OUTCOMES),
                        "LEADFLOW_PREDICTIVE_MINLOST",
                        Integer.toString(MIN_OUTCOMES)));
    }

    private static String secret() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    NotificationInbox inbox() {
        return inbox;
    }

    String hubSpotWebhookUrl() {
        return gatewayUrl + HubSpotWebhook.PATH;
    }

    String hubSpotSecret() {
        return hubSpotSecret;
    }

    public String inboxUrl() {
        return inbox.pageUrl();
    }

    /**
     * Runs the demo in the background against the suite at {@code gatewayUrl}, its people signing in at the local
     * identity provider with these passwords (e-mail to password, as {@link #people()} names them).
     */
    public void start(String gatewayUrl, String identityUrl, Map<String, String> passwords) {
        scheduler.execute(() -> {
            try {
                SuiteClient gateway = SuiteClient.of(gatewayUrl);
                run(gateway, email -> LocalSignIn.as(gateway, identityUrl, email, passwordOf(passwords, email)));
            } catch (RuntimeException e) {
                out.println("demo: stopped: " + e.getMessage());
            }
        });
    }

    private static String passwordOf(Map<String, String> passwords, String email) {
        String password = passwords.get(email);
        if (password == null) {
            throw new IllegalStateException(email + " may not sign in to this run: start it with --demo alone");
        }
        return password;
    }

    private void run(SuiteClient gateway, Function<String, SuiteClient> signIn) {
        SuiteClient admin = signIn.apply(ADMIN);
        SuiteClient marketing = signIn.apply(MARKETING);
        SuiteClient source = LocalSignIn.source(admin, "demo marketing automation");
        List<DemoOrganisation.Rep> reps = DemoOrganisation.seed(admin, marketing, signIn, inbox);
        out.println("demo: a sales team of " + reps.size() + " reps (manager " + DemoOrganisation.MANAGER
                + "), SLAs of 2-3 minutes and a nurture track with steps a minute apart are set up; streaming "
                + MarketingTool.LEADS + " synthetic leads now. Watch " + inbox.pageUrl());
        MarketingTool tool = new MarketingTool(source, clock, out);
        DealDesk deals =
                new DealDesk(tool::deal, new HubSpotWebhook(gateway, hubSpotWebhookUrl(), hubSpotSecret), clock, DAY);
        SalesFloor floor = new SalesFloor(reps, deals, clock);
        WinRateModel model = new WinRateModel(marketing, out);
        model.create();
        scheduler.scheduleWithFixedDelay(
                () -> quietly(tool::sendNext), 0, REQUEST_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
        scheduler.scheduleWithFixedDelay(
                () -> quietly(() -> {
                    floor.work();
                    deals.work();
                    tool.rejected(floor.rejectedLeads());
                    tool.winBack();
                }),
                10,
                5,
                TimeUnit.SECONDS);
        scheduler.scheduleWithFixedDelay(
                () -> quietly(() -> progress(marketing, floor, deals, tool)), 20, 20, TimeUnit.SECONDS);
        AtomicInteger trainedAt = new AtomicInteger();
        scheduler.scheduleWithFixedDelay(
                () -> quietly(() -> {
                    int closed = deals.won.get() + deals.lost.get();
                    if (deals.won.get() >= MIN_OUTCOMES
                            && deals.lost.get() >= MIN_OUTCOMES
                            && closed >= trainedAt.get() + RETRAIN_EVERY) {
                        trainedAt.set(closed);
                        model.train().ifPresent(model::publish);
                    }
                }),
                30,
                30,
                TimeUnit.SECONDS);
    }

    private void progress(SuiteClient marketing, SalesFloor floor, DealDesk deals, MarketingTool tool) {
        Map<String, Integer> byKind = new LinkedHashMap<>();
        for (NotificationInbox.Received received : inbox.received()) {
            byKind.merge(kind(received), 1, Integer::sum);
        }
        SuiteClient.Answer mqls = marketing.get("/api/v1/leads?stage=MQL&size=1");
        String mql =
                mqls.ok() && mqls.body() != null ? mqls.body().path("total").asString("?") : "?";
        out.printf(
                "demo: %d requests sent (%d refused) · MQLs waiting for sales %s · notifications %s · reps "
                        + "accepted %d, qualified %d, rejected %d · won back %d · deals opened %d, won %d, lost %d "
                        + "(%d through HubSpot)%n",
                tool.sent(),
                tool.refused(),
                mql,
                byKind,
                floor.accepted.get(),
                floor.qualified.get(),
                floor.rejected.get(),
                tool.wonBack(),
                deals.opened.get(),
                deals.won.get(),
                deals.lost.get(),
                deals.throughCrm.get());
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

    @Override
    public void close() {
        scheduler.shutdownNow();
        inbox.close();
    }
}
