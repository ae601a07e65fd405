package io.leadflow.deploy.demo;

import io.leadflow.deploy.traffic.SuiteClient;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The demo's predictive model, {@value #MODEL}, as marketing manages it through {@code /api/v1/predictive-models}:
 * created once, trained on the outcomes known so far, and published when its evaluation clears the floor, so the lead
 * view shows each lead's likelihood of being won.
 */
final class WinRateModel {

    static final String MODEL = "win-rate";
    private static final String PATH = "/api/v1/predictive-models";

    private final SuiteClient marketing;
    private final PrintStream out;

    WinRateModel(SuiteClient marketing, PrintStream out) {
        this.marketing = marketing;
        this.out = out;
    }

    /** Creates the model; one that already exists (a second run on the same data) is kept. */
    void create() {
        SuiteClient.Answer created = marketing.post(
                PATH,
                SuiteClient.json(Map.of(
                        "id", MODEL, "description", "Likelihood of a won deal, learnt from the demo's outcomes")));
        if (!created.ok() && created.status() != 409) {
            throw new IllegalStateException(
                    "demo: could not create the predictive model (" + created.status() + "): " + created.text());
        }
    }

    /** A new version trained on every outcome known now, with its evaluation; empty (and said why) if refused. */
    Optional<JsonNode> train() {
        SuiteClient.Answer trained = marketing.post(PATH + "/" + MODEL + "/train", "{}");
        if (!trained.ok() || trained.body() == null) {
            out.println("demo: training " + MODEL + " refused (" + trained.status() + "): " + detail(trained));
            return Optional.empty();
        }
        JsonNode evaluation = trained.body().path("evaluation");
        out.printf(
                Locale.ROOT,
                "demo: %s v%d trained on %d outcomes: hold-out AUC %s, top-decile lift %s%n",
                MODEL,
                trained.body().path("version").asInt(),
                evaluation.path("trainingLeads").asInt()
                        + evaluation.path("holdOutLeads").asInt(),
                evaluation.path("auc").asString("none"),
                evaluation.path("topDecileLift").asString("none"));
        return Optional.of(trained.body());
    }

    /** Publishes the version, so the lead view shows its likelihoods; false (and said why) if refused. */
    boolean publish(JsonNode version) {
        int number = version.path("version").asInt();
        SuiteClient.Answer published = marketing.post(PATH + "/" + MODEL + "/versions/" + number + "/publish", "{}");
        if (published.ok()) {
            out.println("demo: " + MODEL + " v" + number + " published: lead views show each lead's likelihood");
            return true;
        }
        out.println(
                "demo: " + MODEL + " v" + number + " not published (" + published.status() + "): " + detail(published));
        return false;
    }

    /** The version as stored, with its evaluation. */
    JsonNode version(int number) {
        SuiteClient.Answer answer = marketing.get(PATH + "/" + MODEL + "/versions/" + number);
        if (!answer.ok() || answer.body() == null) {
            throw new IllegalStateException("cannot read " + MODEL + " v" + number + " (" + answer.status() + ")");
        }
        return answer.body();
    }

    private static String detail(SuiteClient.Answer answer) {
        return answer.body() == null
                ? answer.text()
                : answer.body().path("detail").asString(answer.text());
    }
}
