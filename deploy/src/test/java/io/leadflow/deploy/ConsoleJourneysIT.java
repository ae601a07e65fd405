package io.leadflow.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.deploy.ConsolePeople.Person;
import io.leadflow.deploy.traffic.LocalSignIn;
import io.leadflow.deploy.traffic.SuiteClient;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * People using the console in a real browser (Chromium), against the whole suite on real infrastructure: the four
 * services, the gateway, the local identity provider and the console, one stack for every journey. Each journey signs
 * in through the provider's login page as the person it is about. With {@code -Dleadflow.screenshots=docs/console}
 * the journeys save each role's main page there (1280×800): the rep's and the manager's inbox, marketing's leads and
 * the admin's page once those pages are there.
 */
class ConsoleJourneysIT {

    static final String HOSTILE = "<script>alert(1)</script>";

    private static final By INBOX_ENTRIES = By.id("entries");

    private static WebhookReceiver webhook;
    private static LocalStack stack;
    private static ConsolePeople people;
    private static SuiteClient source;
    private static ConsoleBrowser browser;

    @BeforeAll
    static void startTheSuiteWithTheConsole() throws Exception {
        assertThat(ConsoleBrowser.installed())
                .as("Chromium and its driver at " + ConsoleBrowser.CHROMIUM + " and " + ConsoleBrowser.CHROMEDRIVER
                        + " (apt-get install chromium chromium-driver; .ci/run does)")
                .isTrue();
        webhook = new WebhookReceiver();
        Map<String, String> roles = new LinkedHashMap<>();
        roles.put("riley.chen@journeys.example", LocalSignIn.SALES_REP);
        roles.put("mia.marketing@journeys.example", LocalSignIn.MARKETING);
        roles.put("max.manager@journeys.example", LocalSignIn.SALES_MANAGER);
        roles.put("ada.admin@journeys.example", LocalSignIn.ADMIN);
        people = ConsolePeople.withRoles(roles);
        Path home = Path.of(System.getProperty("leadflow.home"));
        String suffix = System.getenv().getOrDefault("LEADFLOW_TEST_DB_SUFFIX", "");
        StackConfig config = StackConfig.defaults(home, System.getProperty("leadflow.version"))
                .withPortBase(19080)
                .withDataDir(home.resolve("deploy/target/console-journeys"))
                .withFreshDatabases("leadflow_web" + suffix + "_");
        stack = LocalStack.of(config);
        stack.withConsole(people);
        stack.run();
        SuiteClient gateway = SuiteClient.of(stack.gatewayUrl());
        SuiteClient admin =
                LocalSignIn.as(gateway, people.withRole(LocalSignIn.ADMIN).email(), LocalSignIn.ADMIN);
        SuiteClient.Answer rep = admin.post("/api/v1/reps", """
                {"name":"Riley Chen","email":"%s","webhookUrl":"%s","available":true}
                """.formatted(
                        people.withRole(LocalSignIn.SALES_REP).email(), webhook.url()));
        assertThat(rep.status()).as(rep.text()).isEqualTo(201);
        source = LocalSignIn.source(admin, "console journeys");
        browser = ConsoleBrowser.open(stack.gatewayUrl(), stack.identityUrl());
    }

    @AfterAll
    static void stopTheSuite() {
        if (browser != null) {
            browser.close();
        }
        if (stack != null) {
            stack.close();
        }
        if (webhook != null) {
            webhook.close();
        }
    }

    @Test
    void a_rep_signs_in_and_sees_a_new_hand_off_arrive_in_the_inbox_without_reloading() {
        browser.signIn(rep());
        browser.open("/inbox");
        browser.waitFor(INBOX_ENTRIES);
        browser.markPage();

        String leadId = qualify(newContact("dana.price"));

        browser.waitForText(INBOX_ENTRIES, leadId);
        assertThat(browser.stillMarked()).as("the page was not reloaded").isTrue();
        assertThat(browser.url()).isEqualTo(stack.gatewayUrl() + "/inbox");
        browser.screenshot("sales_rep");
    }

    @Test
    void a_contact_named_like_a_script_is_shown_as_text_and_never_runs() {
        String email = newContact("hostile");
        SuiteClient.Answer named = source.put("/api/v1/contacts/" + email, """
                {"firstName":"%1$s","lastName":"%1$s","jobTitle":"%1$s","company":{"name":"%1$s"}}
                """.formatted(HOSTILE));
        assertThat(named.status()).as(named.text()).isBetween(200, 201);
        String leadId = qualify(email);

        browser.signIn(rep());
        browser.open("/inbox");
        browser.waitForText(INBOX_ENTRIES, leadId);

        assertThat(browser.text())
                .as("the hand-off's reasons name the contact's company and title, as typed")
                .contains("company.name=" + HOSTILE)
                .contains("jobTitle=" + HOSTILE);
        assertThat(browser.alert()).isEmpty();
        assertThat(browser.scriptsContaining("alert(1)"))
                .as("script elements from the contact")
                .isZero();
    }

    @Test
    void a_page_another_role_may_not_use_answers_403_and_is_not_in_the_menu() {
        browser.signIn(rep());
        browser.open("/inbox");
        browser.waitFor(INBOX_ENTRIES);
        assertThat(browser.menuPaths()).contains("/inbox").doesNotContain("/leads", "/models", "/team", "/admin");
        assertThat(browser.statusOf("/inbox")).isEqualTo(200);

        browser.signIn(people.withRole(LocalSignIn.MARKETING));
        assertThat(browser.statusOf("/inbox")).isEqualTo(403);
        browser.open("/inbox");
        assertThat(browser.text()).contains("Inbox is not open to your roles.");
        assertThat(browser.menuPaths()).doesNotContain("/inbox");
        browser.photograph(LocalSignIn.MARKETING, "/leads");

        browser.signIn(people.withRole(LocalSignIn.ADMIN));
        assertThat(browser.statusOf("/inbox")).isEqualTo(403);
        browser.photograph(LocalSignIn.ADMIN, "/admin");
    }

    @Test
    void signing_out_ends_the_session_and_the_console_asks_to_sign_in_again() {
        browser.signIn(people.withRole(LocalSignIn.SALES_MANAGER));
        browser.open("/inbox");
        browser.waitFor(INBOX_ENTRIES);
        browser.screenshot("sales_manager");

        browser.signOut();

        browser.open("/inbox");
        browser.waitFor(ConsoleBrowser.USERNAME);
        assertThat(browser.onLoginPage())
                .as("back at the provider's login page: " + browser.url())
                .isTrue();
    }

    private static Person rep() {
        return people.withRole(LocalSignIn.SALES_REP);
    }

    private static String newContact(String name) {
        return name + "+" + UUID.randomUUID().toString().substring(0, 8) + "@northwind-logistics.com";
    }

    /** A visit two days ago and a demo request an hour ago: the lead qualifies and is handed to the only rep. */
    private static String qualify(String email) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        SuiteClient.Answer visit = source.post(
                "/api/v1/events",
                LeadJourney.engagement(email, "website_visited", "website", now.minus(Duration.ofDays(2))));
        assertThat(visit.status()).as(visit.text()).isEqualTo(202);
        SuiteClient.Answer demo = source.post(
                "/api/v1/events",
                LeadJourney.engagement(email, "demo_requested", "contact_form", now.minus(Duration.ofHours(1))));
        assertThat(demo.status()).as(demo.text()).isEqualTo(202);
        return demo.body().path("leadId").asString();
    }
}
