package io.leadflow.load;

import io.leadflow.deploy.StackConfig;
import io.leadflow.deploy.demo.Demo;
import io.leadflow.deploy.demo.DemoEvaluation;
import io.leadflow.deploy.traffic.SuiteClient;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Scoring's throughput with the predictive score off and on, in one run ({@code deploy/load/run --bench --predictive
 * N}): the demo's history of {@code N} leads is played through the suite until its deals have closed and a win-rate
 * version is trained and published (before the warm-up); the end-to-end phases run once with the rules alone, then
 * again after a new
 * version of the default model asks for the likelihood in a rule, so that every scored change of a lead reads its
 * history and predicts. The figures compare the two runs of each phase.
 */
final class PredictiveComparison {

    private static final String MODELS = "/api/v1/scoring-models/default";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final StackConfig config;
    private final SuiteClient admin;
    private final Map<String, String> figures;
    private final PrintStream out;
    private String model;

    PredictiveComparison(StackConfig config, SuiteClient admin, Map<String, String> figures, PrintStream out) {
        this.config = config;
        this.admin = admin;
        this.figures = figures;
        this.out = out;
    }

    /**
     * Plays the history until its deals have closed and publishes the win-rate version trained on it; before the
     * warm-up, so that the demo's reps work only the history's hand-offs.
     */
    void trainOnHistory(Demo demo, SuiteClient gateway, Function<String, SuiteClient> signIn, int historyLeads)
            throws InterruptedException {
        JsonNode version =
                DemoEvaluation.trainOnHistory(demo, gateway, signIn, historyLeads, Duration.ofMinutes(1), out);
        if (!"PUBLISHED".equals(version.path("status").asString())) {
            throw new IllegalStateException("bench: the win-rate version was not published: " + version);
        }
        model = version.path("modelId").asString();
        figures.put(
                "predictive: " + model + " v" + version.path("version").asInt() + " trained on (leads with outcomes)",
                Integer.toString(version.path("evaluation")
                                .path("trainingLeads")
                                .asInt()
                        + version.path("evaluation").path("holdOutLeads").asInt()));
    }

    /** The phases with the rules alone, then with the likelihood asked for; the leads of each singles phase. */
    void compare(EndToEnd phases, int leads) throws Exception {
        double singlesOff = phases.singles("predictive off: ", 11, leads);
        double batchesOff = phases.batches("predictive off: ", 12, leads * 5);

        askForLikelihood(model);
        double singlesOn = phases.singles("predictive on: ", 13, leads);
        double batchesOn = phases.batches("predictive on: ", 14, leads * 5);
        figures.put("predictive on: a scored lead's likelihood lines", likelihoodsOfOneLead());

        figures.put("singles end to end, predictive on / off", EndToEnd.ratio(singlesOn, singlesOff));
        figures.put("batches end to end, predictive on / off", EndToEnd.ratio(batchesOn, batchesOff));
    }

    /** Publishes the default model's next version with one fit rule on the likelihood; waits out the re-scoring. */
    private void askForLikelihood(String model) throws InterruptedException {
        JsonNode versions = ok(admin.get(MODELS), "read the default model").path("versions");
        JsonNode published = null;
        for (JsonNode candidate : versions) {
            if ("PUBLISHED".equals(candidate.path("status").asString())) {
                published = candidate;
            }
        }
        if (published == null) {
            throw new IllegalStateException("bench: the default model has no published version: " + versions);
        }
        JsonNode current =
                ok(admin.get(MODELS + "/versions/" + published.path("version").asInt()), "read it");
        ObjectNode document = (ObjectNode) current.path("document").deepCopy();
        ObjectNode rule = document.withArray("rules").addObject();
        rule.put("id", "likely-buyer")
                .put("category", "fit")
                .put("label", "Likely to buy")
                .put("points", 5);
        rule.putObject("condition")
                .put("attribute", "likelihood." + model)
                .put("op", "range")
                .put("min", 60);
        JsonNode draft = ok(admin.post(MODELS + "/versions", JSON.writeValueAsString(document)), "add the version");
        int number = draft.path("version").asInt();
        ok(admin.post(MODELS + "/versions/" + number + "/publish", "{}"), "publish it");
        Instant deadline = Instant.now().plus(Duration.ofMinutes(10));
        while (ok(admin.get(MODELS + "/versions/" + number + "/rescoring"), "read the re-scoring")
                .path("finishedAt")
                .isNull()) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("bench: re-scoring under default v" + number + " did not finish");
            }
            Thread.sleep(500);
        }
        out.println("bench: default v" + number + " published with a rule on likelihood." + model + " >= 60 %");
    }

    /** What the lead view shows of one benchmark lead's likelihoods: proof that the "on" phases predicted. */
    private String likelihoodsOfOneLead() throws Exception {
        List<String> leads = ScoringProgress.leadIds(config, 1);
        if (leads.isEmpty()) {
            return "no lead";
        }
        JsonNode lead = ok(admin.get("/api/v1/leads/" + leads.getFirst()), "read a lead");
        // the lines each score's likelihood conditions added (the view's own "likelihoods" reads as of now)
        List<String> lines = lead.findValues("likelihoods").stream()
                .flatMap(node -> node.valueStream())
                .filter(JsonNode::isString)
                .map(JsonNode::asString)
                .toList();
        return lines.isEmpty() ? "none" : String.join("; ", lines).replace("|", "/");
    }

    private static JsonNode ok(SuiteClient.Answer answer, String what) {
        if (!answer.ok() || answer.body() == null) {
            throw new IllegalStateException(
                    "bench: could not " + what + " (" + answer.status() + "): " + answer.text());
        }
        return answer.body();
    }
}
