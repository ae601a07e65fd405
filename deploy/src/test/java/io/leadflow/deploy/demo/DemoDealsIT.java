package io.leadflow.deploy.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.deploy.ConsolePeople;
import io.leadflow.deploy.LocalStack;
import io.leadflow.deploy.StackConfig;
import io.leadflow.deploy.traffic.LocalSignIn;
import io.leadflow.deploy.traffic.SuiteClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The demo's history on the real suite: the qualified leads' deals close through the outcome API and HubSpot's signed
 * webhook, scoring learns every outcome, and the version trained on them is evaluated on the same held-out leads the
 * harness scores the hidden propensity on.
 */
class DemoDealsIT {

    private static final int PORT_BASE = 31080;

    @Test
    void the_demos_deals_close_through_the_api_and_hubspot_and_train_a_version_judged_on_the_same_hold_out()
            throws Exception {
        Path home = Path.of(System.getProperty("leadflow.home"));
        String suffix = System.getenv().getOrDefault("LEADFLOW_TEST_DB_SUFFIX", "");
        StackConfig config = StackConfig.defaults(home, System.getProperty("leadflow.version"))
                .withPortBase(PORT_BASE)
                .withDataDir(home.resolve("deploy/target/demo-deals"))
                .withFreshDatabases("leadflow_demodeals" + suffix + "_");
        try (Demo demo = Demo.prepare(PORT_BASE, config.gatewayUrl(), System.out);
                LocalStack stack = LocalStack.start(
                        config, ConsolePeople.withRoles(Demo.people()), Map.of(), demo.environment())) {
            SuiteClient gateway = SuiteClient.of(stack.gatewayUrl());
            Map<String, String> passwords = stack.people().passwords();
            Function<String, SuiteClient> signIn =
                    email -> LocalSignIn.as(gateway, stack.identityUrl(), email, passwords.get(email));

            DemoEvaluation.Played played =
                    DemoEvaluation.play(demo, gateway, signIn, 200, Duration.ofMinutes(1), System.out);

            DealDesk deals = played.deals();
            assertThat(deals.refused.get()).as("outcomes LeadFlow refused").isZero();
            assertThat(deals.throughCrm.get()).isPositive().isLessThan(deals.won.get() + deals.lost.get());
            assertThat(deals.stillOpen()).isZero();
            JsonNode evaluation = played.figures().version().path("evaluation");
            assertThat(evaluation.path("trainingLeads").asInt()
                            + evaluation.path("holdOutLeads").asInt())
                    .as("scoring learnt every closed deal")
                    .isEqualTo(deals.won.get() + deals.lost.get());
            assertThat(evaluation.path("trainingWon").asInt()
                            + evaluation.path("holdOutWon").asInt())
                    .isEqualTo(deals.won.get());
            assertThat(played.figures().propensityLeads())
                    .as("the propensity is judged on the version's own held-out leads")
                    .isEqualTo(evaluation.path("holdOutLeads").asInt());
            assertThat(played.figures().markdown()).contains("| model and version | win-rate v1 |");
        }
    }
}
