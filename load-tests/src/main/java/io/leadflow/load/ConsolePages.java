package io.leadflow.load;

import io.leadflow.deploy.ConsolePeople;
import io.leadflow.deploy.LocalStack;
import io.leadflow.deploy.StackConfig;
import io.leadflow.deploy.traffic.LocalSignIn;
import io.leadflow.deploy.traffic.SuiteClient;
import io.leadflow.deploy.traffic.SyntheticLeads;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The console's marketing pages with many leads (a performance run, not a test): starts the suite with the console,
 * makes the leads through the Segment API as a site would (identify and a first engagement each), signs a marketing
 * person in through the identity provider, and times full page loads through the gateway: the lead list with the
 * searches and filters marketing uses, deep pages, and lead pages. Sets the p95 of each against the aim of 300 ms
 * and against PostgreSQL's own floor on this machine (pgbench), measured in the same run. Prints a Markdown section
 * for docs/benchmarks.md.
 *
 * <p>{@code load-tests/run --pages [--leads 100000] [--calls 30] [--port-base 27080] [--vhost leadflow_pages]}.
 */
public final class ConsolePages {

    private static final double AIM_MS = 300;
    private static final int WARM_UP = 5;

    private ConsolePages() {}

    /** One kind of page load: what it is, the address, and a text the page must hold to count. */
    private record Case(String name, String path, String mustHold) {}

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Map<String, String> given = FaultMatrixCommand.arguments(args);
        Path home = FaultMatrixCommand.home(given);
        String version = FaultMatrixCommand.version(given);
        int leads = Integer.parseInt(given.getOrDefault("--leads", "100000"));
        int calls = Integer.parseInt(given.getOrDefault("--calls", "30"));
        int portBase = Integer.parseInt(given.getOrDefault("--port-base", "27080"));
        String vhost = given.getOrDefault("--vhost", "leadflow_pages");
        Path outDir = home.resolve("load-tests/target/load");
        Path dataDir = outDir.resolve("console-pages");
        FaultMatrix.deleteRecursively(dataDir);
        StackConfig config = StackConfig.defaults(home, version)
                .withPortBase(portBase)
                .withDataDir(dataDir)
                .withFreshDatabases("leadflow_pages_");
        Map<String, String> roles = new LinkedHashMap<>();
        roles.put("bench.admin@pages.example", LocalSignIn.ADMIN);
        roles.put("bench.marketing@pages.example", LocalSignIn.MARKETING);
        ConsolePeople people = ConsolePeople.withRoles(roles);
        Map<String, String> figures = new LinkedHashMap<>();

        try (LocalStack stack = LocalStack.startWithConsole(config, Map.of("LEADFLOW_RABBIT_VHOST", vhost), people)) {
            Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "stop-the-suite"));
            double pgTps = MachineCeilings.pgbench(config, out);
            double pgSelect = MachineCeilings.pgbenchSelectLatency(config, out);
            figures.put("pgbench TPC-B tps (8 clients, 20 s)", format(pgTps));
            figures.put("pgbench select-only, 1 client: latency of one query, ms", String.format("%.3f", pgSelect));

            List<SyntheticLeads.Lead> population = SyntheticLeads.generate(7, leads, "pages");
            ConsolePeople.Person admin = people.withRole(LocalSignIn.ADMIN);
            SuiteClient source = LocalSignIn.source(
                    LocalSignIn.as(
                            SuiteClient.of(stack.gatewayUrl()), stack.identityUrl(), admin.email(), admin.password()),
                    "pages");
            long scoredBefore = ScoringProgress.scoredCount(config);
            Instant start = Instant.now();
            long accepted = LeadSeed.send(source, population, "pages", 2);
            ScoringProgress.awaitScored(config, scoredBefore + accepted, Duration.ofMinutes(30));
            long profiled = ScoringProgress.awaitProfiles(config, leads, Duration.ofMinutes(10));
            long seconds = Math.max(1, Duration.between(start, Instant.now()).toSeconds());
            out.printf("%d leads made (%d profiles) in %d s%n", accepted, profiled, seconds);
            figures.put(
                    "leads made through /v1/batch (identify + track each) / with a company in scoring",
                    accepted + " / " + profiled);
            figures.put("making them, end to end, leads/s", Long.toString(accepted / seconds));

            ConsolePeople.Person marketing = people.withRole(LocalSignIn.MARKETING);
            ConsoleSession session = ConsoleSession.signIn(stack.gatewayUrl(), marketing.email(), marketing.password());
            List<String> leadIds = ScoringProgress.leadIds(config, calls + WARM_UP);
            List<Case> cases = cases(population);
            Map<Case, List<Double>> times = new LinkedHashMap<>();
            for (int round = 0; round < WARM_UP + calls; round++) {
                for (Case page : cases) {
                    String path = page.path().replace("{lead}", leadIds.get(round % leadIds.size()));
                    ConsoleSession.Page answer = session.get(path);
                    if (answer.status() != 200 || !answer.text().contains(page.mustHold())) {
                        throw new IllegalStateException(
                                path + " answered " + answer.status() + " without \"" + page.mustHold() + "\"");
                    }
                    if (round >= WARM_UP) {
                        times.computeIfAbsent(page, c -> new ArrayList<>()).add(answer.millis());
                    }
                }
            }
            times.forEach((page, millis) -> {
                millis.sort(Double::compare);
                double p95 = percentile(millis, 95);
                figures.put(
                        page.name() + ": median / p95 / max ms; p95 ÷ 300 ms aim; p95 ÷ one pgbench query",
                        String.format(
                                "%.0f / %.0f / %.0f; %.2f; %.0f×",
                                percentile(millis, 50),
                                p95,
                                millis.getLast(),
                                p95 / AIM_MS,
                                pgSelect > 0 ? p95 / pgSelect : Double.NaN));
            });
        }
        StringBuilder section = new StringBuilder("| figure | value |\n|---|---|\n");
        figures.forEach((name, value) ->
                section.append("| ").append(name).append(" | ").append(value).append(" |\n"));
        out.println();
        out.println(section);
        Files.createDirectories(outDir);
        Files.writeString(outDir.resolve("console-pages.md"), section.toString());
    }

    /** The page loads marketing makes, with search texts and filters taken from the leads that were made. */
    private static List<Case> cases(List<SyntheticLeads.Lead> population) {
        SyntheticLeads.Person someone = population.get(population.size() / 2).person();
        String emailPart = someone.email()
                .substring(someone.email().indexOf('+') + 1, someone.email().indexOf('@'));
        String company = someone.company().name();
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("lead list, first page by score", "/leads", "<tbody"));
        cases.add(new Case("search: part of an e-mail", "/leads?q=" + encode(emailPart), someone.email()));
        cases.add(new Case("search: a company name", "/leads?q=" + encode(company), company));
        cases.add(new Case("search that matches nothing", "/leads?q=zzzzq", "<main"));
        cases.add(
                new Case("filter: channel and score range", "/leads?channel=WEBINAR&minScore=1&maxScore=30", "<tbody"));
        cases.add(new Case("sorted by last change", "/leads?sort=updatedAt&direction=desc", "<tbody"));
        int middle = Math.max(1, population.size() / 100);
        cases.add(new Case(
                "page " + middle + " of 50 leads (the middle of the list)", "/leads?page=" + middle, "<tbody"));
        cases.add(new Case("lead page (another lead each call)", "/leads/{lead}", "<main"));
        return cases;
    }

    private static double percentile(List<Double> sorted, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String format(double value) {
        return value < 0 ? "not measured" : String.format("%.0f", value);
    }
}
