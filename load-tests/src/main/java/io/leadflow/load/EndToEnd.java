package io.leadflow.load;

import io.leadflow.deploy.StackConfig;
import io.leadflow.deploy.traffic.SuiteClient;
import io.leadflow.deploy.traffic.SyntheticLeads;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The benchmark's end-to-end phases through the gateway: synthetic engagements sent one per request or in batches of
 * 1,000 until scoring has stored every accepted one, and a fixed rate with the event-to-score latency. Each phase
 * books its CPU in the {@link CostLedger} and puts its figures, under the caller's {@code label}, in {@code figures}.
 */
final class EndToEnd {

    private final StackConfig config;
    private final SuiteClient client;
    private final CostLedger ledger;
    private final int inFlight;
    private final double perfReceived;
    private final Map<String, String> figures;
    private final PrintStream out;

    EndToEnd(
            StackConfig config,
            SuiteClient client,
            CostLedger ledger,
            int inFlight,
            double perfReceived,
            Map<String, String> figures,
            PrintStream out) {
        this.config = config;
        this.client = client;
        this.ledger = ledger;
        this.inFlight = inFlight;
        this.perfReceived = perfReceived;
        this.figures = figures;
        this.out = out;
    }

    /** Not measured: the services' JIT compiles the hot paths (as in a long-running pod). */
    void warmUp(int events) throws Exception {
        long before = ScoringProgress.scoredCount(config);
        CpuSample cost = ledger.begin();
        History history = History.inMemory();
        send(history, 5_000, inFlight, plan(4, events / 9, "warm"));
        long accepted = accepted(history).size() + BatchLoad.send(client, plan(5, events / 9, "warmb"), 1_000, 2);
        ScoringProgress.awaitScored(config, before + accepted, Duration.ofMinutes(5));
        ledger.end("warm-up, singles then batches", accepted, cost);
        out.printf("warm-up: %d events, singles and batches, not measured%n", accepted);
    }

    /** One event per request, as fast as the client gets answers; the accepted -> scored events per second. */
    double singles(String label, int seed, int leads) throws Exception {
        List<PlannedRequest> singles = plan(seed, leads, "bench" + seed);
        long scoredBefore = ScoringProgress.scoredCount(config);
        CpuSample cost = ledger.begin();
        Instant start = Instant.now();
        History history = History.inMemory();
        send(history, 5_000, inFlight, singles);
        Instant sent = Instant.now();
        long accepted = accepted(history).size();
        Instant scored = ScoringProgress.awaitScored(config, scoredBefore + accepted, Duration.ofMinutes(5));
        ledger.end(label + "singles, " + inFlight + " in flight", accepted, cost);
        double[] rates = report(label + "singles", "requests", singles.size(), accepted, start, sent, scored);
        double endToEnd = rates[1];
        figures.put(label + "singles: requests / accepted", singles.size() + " / " + accepted);
        figures.put(
                label + "singles: accepted per second through the gateway (" + inFlight + " in flight)",
                format(rates[0]));
        figures.put(label + "singles: end to end, accepted -> scored, events/s", format(endToEnd));
        figures.put(label + "singles end to end / PerfTest received", ratio(endToEnd, perfReceived));
        return endToEnd;
    }

    /** Batches of 1,000 engagements, 4 requests in flight; the accepted -> scored events per second. */
    double batches(String label, int seed, int leads) throws Exception {
        List<PlannedRequest> batched = plan(seed, leads, "bench" + seed);
        long scoredBefore = ScoringProgress.scoredCount(config);
        CpuSample cost = ledger.begin();
        Instant start = Instant.now();
        long accepted = BatchLoad.send(client, batched, 1_000, 4);
        Instant sent = Instant.now();
        Instant scored = ScoringProgress.awaitScored(config, scoredBefore + accepted, Duration.ofMinutes(5));
        ledger.end(label + "batches of 1,000, 4 in flight", accepted, cost);
        double[] rates = report(label + "batches", "events", batched.size(), accepted, start, sent, scored);
        double endToEnd = rates[1];
        figures.put(label + "batches of 1,000: events / accepted", batched.size() + " / " + accepted);
        figures.put(label + "batches: accepted events per second through the gateway (4 in flight)", format(rates[0]));
        figures.put(label + "batches: end to end, accepted -> scored, events/s", format(endToEnd));
        return endToEnd;
    }

    /** Prints one phase's line; its accepted events per second and its accepted -> scored events per second. */
    private double[] report(
            String phase, String unit, int planned, long accepted, Instant start, Instant sent, Instant scored) {
        double acceptRate = perSecond(accepted, start, sent);
        double endToEnd = perSecond(accepted, start, scored);
        out.printf(
                "%s: %d %s, %d accepted in %d ms (%.0f/s); all scored after %d ms (%.0f/s)%n",
                phase,
                planned,
                unit,
                accepted,
                Duration.between(start, sent).toMillis(),
                acceptRate,
                Duration.between(start, scored).toMillis(),
                endToEnd);
        return new double[] {acceptRate, endToEnd};
    }

    /** Paced requests at {@code rate} for {@code seconds}; latency = scoring's transaction time - the client's send. */
    void fixedRate(long rate, int seconds, int seed) throws Exception {
        List<PlannedRequest> paced = plan(seed, (int) (rate * seconds / 9), "bench" + seed);
        History history = History.inMemory();
        long before = ScoringProgress.scoredCount(config);
        CpuSample cost = ledger.begin();
        Instant start = Instant.now();
        send(history, rate, 256, paced);
        double pacedRate = perSecond(paced.size(), start, Instant.now());
        List<Attempt> accepted = accepted(history);
        ScoringProgress.awaitScored(config, before + accepted.size(), Duration.ofMinutes(10));
        ledger.end("fixed rate " + rate + "/s", accepted.size(), cost);
        Map<String, Instant> processed = ScoringProgress.processedAt(config);
        List<Long> latencies = new ArrayList<>();
        for (Attempt attempt : accepted) {
            Instant at = processed.get(attempt.requestId());
            if (at != null) {
                latencies.add(Duration.between(attempt.sentAt(), at).toMillis());
            }
        }
        latencies.sort(Long::compare);
        String at = "fixed rate " + rate + "/s: ";
        figures.put(at + "requests / accepted", paced.size() + " / " + accepted.size());
        figures.put(at + "achieved requests/s", format(pacedRate));
        figures.put(
                at + "event -> scored latency p50 / p95 / p99 / max (ms), n=" + latencies.size(),
                pct(latencies, 50) + " / " + pct(latencies, 95) + " / " + pct(latencies, 99) + " / "
                        + (latencies.isEmpty() ? "-" : latencies.getLast()));
        figures.put(at + "achieved / PerfTest received", ratio(pacedRate, perfReceived));
    }

    /** The engagements of {@code leads} synthetic leads (at least one), each lead's in turn; no profiles. */
    private static List<PlannedRequest> plan(int seed, int leads, String tag) {
        return PlannedRequest.plan(SyntheticLeads.generate(seed, Math.max(1, leads), tag), seed, Instant.now(), false);
    }

    /** Sends each request once, at most {@code rate} a second and {@code inFlight} at a time, into the history. */
    private void send(History history, long rate, int requestsInFlight, List<PlannedRequest> requests)
            throws InterruptedException {
        new LoadGenerator(
                        client,
                        history,
                        new LoadGenerator.Settings(
                                rate, requestsInFlight, LoadGenerator.ClientMode.ONCE, 1, Duration.ofSeconds(30)),
                        Clock.systemUTC())
                .run(requests);
    }

    private static List<Attempt> accepted(History history) {
        return history.attempts().stream()
                .filter(a -> a.outcome() == Outcome.ACCEPTED)
                .toList();
    }

    private static double perSecond(long events, Instant from, Instant to) {
        return events * 1000.0 / Math.max(1, Duration.between(from, to).toMillis());
    }

    private static String pct(List<Long> sorted, int percentile) {
        if (sorted.isEmpty()) {
            return "-";
        }
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return Long.toString(sorted.get(Math.max(0, index)));
    }

    static String format(double value) {
        return value < 0 ? "not measured" : String.format("%.0f", value);
    }

    static String ratio(double figure, double ceiling) {
        return ceiling <= 0 ? "-" : String.format("%.1f %%", 100 * figure / ceiling);
    }
}
