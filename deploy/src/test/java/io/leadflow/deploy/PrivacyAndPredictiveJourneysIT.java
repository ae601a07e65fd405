package io.leadflow.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.leadflow.deploy.ConsolePeople.Person;
import io.leadflow.deploy.traffic.LocalSignIn;
import io.leadflow.deploy.traffic.SuiteClient;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The privacy officer's and marketing's newer console pages in Chromium against the whole suite (port base 27080):
 * a privacy officer asks for an export and then an erasure of a person who exists and watches both complete in every
 * service; marketing creates a predictive model and tries to train it with no outcomes known, and is told how many won
 * and lost outcomes are missing.
 */
class PrivacyAndPredictiveJourneysIT {

    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final String DOMAIN = "console-privacy.example";
    private static final String OFFICER = "dpo@" + DOMAIN;
    private static final String MARKETING = "marketing@" + DOMAIN;
    private static final String ADMIN = "admin@" + DOMAIN;
    private static final List<String> SERVICES =
            List.of("ingestion-service", "scoring-service", "handoff-service", "nurturing-service");

    private static LocalStack stack;
    private static SuiteClient gateway;
    private static ConsoleBrowser browser;

    @BeforeAll
    static void startTheSuite() {
        assertThat(ConsoleBrowser.installed())
                .as("Chromium and chromedriver in /usr/bin")
                .isTrue();
        Path home = Path.of(System.getProperty("leadflow.home"));
        String suffix = System.getenv().getOrDefault("LEADFLOW_TEST_DB_SUFFIX", "");
        StackConfig config = StackConfig.defaults(home, System.getProperty("leadflow.version"))
                .withPortBase(27080)
                .withDataDir(home.resolve("deploy/target/privacy-predictive-journeys"))
                .withFreshDatabases("leadflow_privacypages" + suffix + "_");
        Map<String, String> roles = new LinkedHashMap<>();
        roles.put(OFFICER, "privacy_officer");
        roles.put(MARKETING, LocalSignIn.MARKETING);
        roles.put(ADMIN, LocalSignIn.ADMIN);
        Map<String, String> services = new LinkedHashMap<>();
        String vhost = System.getenv("LEADFLOW_RABBIT_VHOST");
        if (vhost != null && !vhost.isBlank()) {
            services.put("LEADFLOW_RABBIT_VHOST", vhost);
        }
        stack = LocalStack.startWithConsole(config, services, ConsolePeople.withRoles(roles));
        gateway = SuiteClient.of(stack.gatewayUrl());
        browser = ConsoleBrowser.open(stack.gatewayUrl(), stack.identityUrl());
    }

    @AfterAll
    static void stopTheSuite() {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            if (stack != null) {
                stack.close();
            }
        }
    }

    private static SuiteClient as(String email) {
        return LocalSignIn.as(
                gateway, stack.identityUrl(), email, stack.people().passwords().get(email));
    }

    private static Person person(String email) {
        return stack.people().person(email);
    }

    @Test
    void a_privacy_officer_exports_and_then_erases_a_person_and_sees_both_complete_in_every_service() {
        String email = JourneyTeam.newContact("wren");
        SuiteClient source = LocalSignIn.source(as(ADMIN), "privacy pages");
        SuiteClient.Answer visit = source.post(
                "/api/v1/events",
                LeadJourney.engagement(
                        email, "website_visited", "website", Instant.now().truncatedTo(ChronoUnit.SECONDS)));
        assertThat(visit.status()).as(visit.text()).isEqualTo(202);
        String leadId = visit.body().path("leadId").asString();
        SuiteClient marketing = as(MARKETING);
        await().atMost(PATIENCE)
                .until(() -> marketing.get("/api/v1/leads/" + leadId).status() == 200);

        browser.signIn(person(OFFICER));
        assertThat(browser.menu()).containsExactly("Privacy requests");
        browser.open("/privacy");
        browser.fill(By.id("privacy-email"), email);
        browser.click(By.id("request-export"));
        browser.waitForText(By.id("request-state"), "Complete: every service has answered.");
        assertThat(browser.url()).contains("/privacy/exports/");
        for (String service : SERVICES) {
            assertThat(browser.waitFor(By.cssSelector("#service-" + service + " .service-status"))
                            .getText())
                    .as(service)
                    .isEqualTo("done");
        }
        assertThat(browser.waitFor(By.id("export-json")).getText())
                .contains(email)
                .contains(leadId);
        assertThat(browser.waitFor(By.id("download-export")).getAttribute("href"))
                .endsWith("/document.json");
        assertThat(browser.url()).doesNotContain(email.substring(0, email.indexOf('@')));
        String export = browser.url().substring(stack.gatewayUrl().length());
        List<String> problems = new ArrayList<>(PageAudit.usability(browser, "privacy-officer", List.of(export)));
        browser.open("/privacy");
        assertThat(browser.waitFor(By.id("exports-table")).getText()).contains("complete", "4 of 4 done");

        browser.open("/privacy");
        browser.fill(By.id("privacy-email"), email);
        browser.click(By.id("request-erasure"));
        assertThat(browser.waitFor(By.id("confirm-erasure")).getText())
                .contains("This cannot be undone.")
                .contains(email);
        problems.addAll(PageAudit.violations(browser.driver(), "/privacy confirming"));
        browser.click(By.id("confirm-erasure-button"));
        browser.waitForText(By.id("request-state"), "Complete: every service has answered.");
        assertThat(browser.url()).contains("/privacy/erasures/");
        for (String service : SERVICES) {
            assertThat(browser.waitFor(By.cssSelector("#service-" + service + " .service-status"))
                            .getText())
                    .as(service)
                    .isEqualTo("done");
        }

        String erasure = browser.url().substring(stack.gatewayUrl().length());
        browser.open("/privacy");
        assertThat(browser.waitFor(By.id("erasures-table")).getText()).contains("complete", "4 of 4 done");
        assertThat(browser.waitFor(By.id("recent-exports")).getText())
                .as("erasing a person deletes their exports")
                .contains("No exports yet");
        await().atMost(PATIENCE)
                .until(() -> marketing.get("/api/v1/leads/" + leadId).status() == 404);
        problems.addAll(PageAudit.usability(browser, "privacy-officer", List.of("/privacy", erasure)));
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    @Test
    void marketing_creates_a_predictive_model_and_a_train_without_outcomes_says_how_many_are_missing() {
        browser.signIn(person(MARKETING));
        assertThat(browser.menu()).contains("Predictive models").doesNotContain("Privacy requests");
        browser.open("/predictive-models");
        browser.fill(By.id("new-model-id"), "win-rate");
        browser.fill(By.id("new-model-description"), "Deals <b>won</b> & lost");
        browser.click(By.id("create-predictive-model-button"));
        browser.waitForText(By.id("predictive-model-id"), "win-rate");
        assertThat(browser.text()).contains("Deals <b>won</b> & lost").contains("No versions yet");

        browser.click(By.id("train"));
        browser.waitForText(By.id("cold-start-missing"), "30 won / 30 lost outcomes missing");
        assertThat(browser.waitFor(By.id("cold-start-known")).getText()).contains("0 won and 0 lost");
        List<String> problems =
                new ArrayList<>(PageAudit.violations(browser.driver(), "/predictive-models/win-rate cold start"));

        browser.open("/predictive-models");
        assertThat(browser.waitFor(By.id("predictive-models")).getText()).contains("win-rate", "not trained yet");
        assertThat(browser.statusOf("/privacy")).isEqualTo(403);
        problems.addAll(PageAudit.usability(
                browser, "marketing-predictive", List.of("/predictive-models", "/predictive-models/win-rate")));
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }
}
