package io.leadflow.deploy.demo;

import io.leadflow.deploy.ConsolePeople;
import io.leadflow.deploy.LocalStack;
import io.leadflow.deploy.StackConfig;
import io.leadflow.deploy.traffic.HubSpotWebhook;
import io.leadflow.deploy.traffic.LocalSignIn;
import io.leadflow.deploy.traffic.SuiteClient;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * The evaluation of the demo's history (a {@code main}): starts the suite on this machine, plays the demo's history
 * through the public API as the demo does (marketing's leads, the reps, the deals closing and HubSpot's webhooks) with
 * more leads and a faster clock, then trains the {@value WinRateModel#MODEL} model, reads the version's evaluation and
 * writes its figures, with the AUC of the hidden propensity on the same held-out leads, and the calibration and gains
 * plots into a directory. Options: {@code --leads N} (1200), {@code --port-base N} (18080), {@code --out DIR}
 * ({@code docs/predictive}), {@code --home DIR} (the working directory), {@code --version V} (the jar's).
 */
public final class DemoEvaluation {

    private static final Duration DAY = Duration.ofMillis(400);
    private static final Duration PATIENCE = Duration.ofMinutes(30);
    /** The SLA passes a hand-off left alone to a colleague within minutes: quiet that long means the history is done. */
    static final Duration SETTLED = Duration.ofMinutes(4);

    /** What a played history gave: the evaluation with the propensity's AUC, and the deals as the desk counted them. */
    record Played(EvaluationFigures figures, DealDesk deals) {}

    private DemoEvaluation() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        Map<String, String> options = options(args);
        Path home = Path.of(options.getOrDefault("--home", "")).toAbsolutePath();
        String version = options.getOrDefault(
                "--version", DemoEvaluation.class.getPackage().getImplementationVersion());
        int portBase = Integer.parseInt(options.getOrDefault("--port-base", "18080"));
        int leads = Integer.parseInt(options.getOrDefault("--leads", "1200"));
        Path out = home.resolve(options.getOrDefault("--out", "docs/predictive"));
        PrintStream log = System.out;
        String suffix = System.getenv().getOrDefault("LEADFLOW_TEST_DB_SUFFIX", "");
        StackConfig config = StackConfig.defaults(home, version)
                .withPortBase(portBase)
                .withDataDir(home.resolve("deploy/target/demo-evaluation"))
                .withFreshDatabases("leadflow_demoeval" + suffix + "_");
        try (Demo demo = Demo.prepare(portBase, config.gatewayUrl(), log);
                LocalStack stack = LocalStack.start(
                        config, ConsolePeople.withRoles(Demo.people()), Map.of(), demo.environment())) {
            SuiteClient gateway = SuiteClient.of(stack.gatewayUrl());
            Map<String, String> passwords = stack.people().passwords();
            Function<String, SuiteClient> signIn =
                    email -> LocalSignIn.as(gateway, stack.identityUrl(), email, passwords.get(email));
            EvaluationFigures figures =
                    play(demo, gateway, signIn, leads, SETTLED, log).figures();
            figures.writeTo(out);
            log.println("demo evaluation: wrote " + out.resolve(EvaluationFigures.FIGURES_MD) + " and the plots");
            log.print(figures.markdown());
        }
    }

    /**
     * Plays {@code count} leads of the demo's history through the suite as {@link #play} does (quiet for {@code
     * settled} at the end), trains the {@value WinRateModel#MODEL} model on its outcomes and publishes the version
     * when its evaluation clears the floor: the version as stored, whose {@code status} says whether it was published.
     */
    public static JsonNode trainOnHistory(
            Demo demo,
            SuiteClient gateway,
            Function<String, SuiteClient> signIn,
            int count,
            Duration settled,
            PrintStream log)
            throws InterruptedException {
        return play(demo, gateway, signIn, count, settled, log).figures().version();
    }

    /**
     * Plays {@code count} leads of the demo's history through the suite until every deal is closed and nothing has moved
     * for {@code settled}, then trains, publishes and evaluates. A shorter {@code settled} leaves out the hand-offs the
     * SLA would still pass on, which opens no deal once the play is over.
     */
    static Played play(
            Demo demo,
            SuiteClient gateway,
            Function<String, SuiteClient> signIn,
            int count,
            Duration settled,
            PrintStream log)
            throws InterruptedException {
        Clock clock = Clock.systemUTC();
        SuiteClient admin = signIn.apply(Demo.ADMIN);
        SuiteClient marketing = signIn.apply(Demo.MARKETING);
        SuiteClient source = LocalSignIn.source(admin, "demo evaluation");
        List<DemoOrganisation.Rep> reps = DemoOrganisation.seed(admin, marketing, signIn, demo.inbox());
        MarketingTool tool = new MarketingTool(source, count, clock, log);
        DealDesk deals = new DealDesk(
                tool::deal, new HubSpotWebhook(gateway, demo.hubSpotWebhookUrl(), demo.hubSpotSecret()), clock, DAY);
        SalesFloor floor = new SalesFloor(reps, deals, clock);
        WinRateModel model = new WinRateModel(marketing, log);
        model.create();
        Instant deadline = clock.instant().plus(PATIENCE);
        Instant lastLook = Instant.EPOCH;
        Instant quietSince = null;
        while (clock.instant().isBefore(deadline)) {
            for (int i = 0; i < 50 && !tool.done(); i++) {
                tool.sendNext();
            }
            if (Duration.between(lastLook, clock.instant()).toSeconds() >= 2) {
                lastLook = clock.instant();
                int before = floor.qualified.get() + floor.rejected.get() + floor.accepted.get();
                floor.work();
                deals.work();
                boolean moved = floor.qualified.get() + floor.rejected.get() + floor.accepted.get() != before;
                quietSince = moved || !tool.done() || deals.stillOpen() > 0
                        ? null
                        : quietSince == null ? clock.instant() : quietSince;
                log.printf(
                        "demo evaluation: %d requests sent · accepted %d, qualified %d, rejected %d · deals open %d,"
                                + " won %d, lost %d (%d through HubSpot, %d refused)%n",
                        tool.sent(),
                        floor.accepted.get(),
                        floor.qualified.get(),
                        floor.rejected.get(),
                        deals.stillOpen(),
                        deals.won.get(),
                        deals.lost.get(),
                        deals.throughCrm.get(),
                        deals.refused.get());
                if (quietSince != null
                        && Duration.between(quietSince, clock.instant()).compareTo(settled) >= 0) {
                    break;
                }
            }
            if (tool.done()) {
                Thread.sleep(200);
            }
        }
        Thread.sleep(Duration.ofSeconds(15)); // scoring hears of the last stage changes
        JsonNode version = model.train().orElseThrow(() -> new IllegalStateException("training was refused"));
        model.publish(version);
        version = model.version(version.path("version").asInt());
        return new Played(truthOnHoldOut(version, deals.closed()), deals);
    }

    /** The propensity's AUC on the held-out leads: those whose outcome came at or after the hold-out's start. */
    private static EvaluationFigures truthOnHoldOut(JsonNode version, List<DealDesk.Closed> closed) {
        Instant from =
                Instant.parse(version.path("evaluation").path("holdOutFrom").asString());
        List<DealDesk.Closed> held =
                closed.stream().filter(deal -> !deal.at().isBefore(from)).toList();
        double[] truth = held.stream().mapToDouble(DealDesk.Closed::propensity).toArray();
        boolean[] won = new boolean[held.size()];
        for (int i = 0; i < won.length; i++) {
            won[i] = held.get(i).won();
        }
        return new EvaluationFigures(version, EvaluationFigures.rocAuc(truth, won), held.size());
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!List.of("--leads", "--port-base", "--out", "--home", "--version")
                    .contains(args[i])) {
                throw new IllegalArgumentException("unknown option " + args[i]);
            }
            options.put(args[i], args[i + 1]);
        }
        return options;
    }
}
