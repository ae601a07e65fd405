package io.leadflow.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.leadflow.deploy.ConsolePeople.Person;
import io.leadflow.deploy.traffic.LocalSignIn;
import io.leadflow.deploy.traffic.SuiteClient;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import tools.jackson.databind.JsonNode;

/**
 * People using the console in a real browser (Chromium), against the whole suite on real infrastructure: the four
 * services, the gateway, the local identity provider and the console, one stack for every journey. Each journey signs
 * in through the provider's login page as the person it is about. With {@code -Dleadflow.screenshots=docs/console}
 * the journeys save each role's main page there (1280×800): the rep's and the manager's inbox, marketing's leads and
 * the admin's page. The suite, its people and its sales team (a manager, the rep who gets every lead, a second rep
 * away until reassigned to) are {@link ConsoleSuite}'s, on port base 19080.
 */
class ConsoleJourneysIT {

    static final String HOSTILE = "<script>alert(1)</script>";

    private static final By INBOX_ENTRIES = By.id("entries");
    /** The hand-off page's status, swapped in place by every action. */
    private static final By STATUS = By.id("status");

    private static ConsoleSuite suite;
    private static LocalStack stack;
    private static ConsolePeople people;
    private static SuiteClient source;
    private static JourneyTeam team;
    private static ConsoleBrowser browser;

    @BeforeAll
    static void startTheSuiteWithTheConsole() throws Exception {
        suite = ConsoleSuite.start(
                19080,
                "console-journeys",
                "web",
                "journeys.example",
                List.of("riley.chen", "mia.marketing", "max.manager", "ada.admin", "sam.second"));
        stack = suite.stack;
        people = suite.people;
        team = suite.team;
        source = team.source();
        browser = suite.browser;
    }

    @AfterAll
    static void stopTheSuite() {
        if (suite != null) {
            suite.close();
        }
    }

    @Test
    void a_rep_signs_in_and_sees_a_new_hand_off_arrive_in_the_inbox_without_reloading() {
        browser.signIn(rep());
        browser.open("/inbox");
        browser.waitFor(INBOX_ENTRIES);
        browser.markPage();

        String email = JourneyTeam.newContact("dana.price");
        browser.waitFor(inboxRow(email, qualify(email)));
        assertThat(browser.stillMarked()).as("the page was not reloaded").isTrue();
        assertThat(browser.url()).isEqualTo(stack.gatewayUrl() + "/inbox");
        browser.screenshot("sales_rep");
    }

    @Test
    void a_contact_named_like_a_script_is_shown_as_text_and_never_runs() {
        String email = JourneyTeam.newContact("hostile");
        SuiteClient.Answer named = source.upsertContact(email, """
                {"firstName":"%1$s","lastName":"%1$s","jobTitle":"%1$s","company":{"name":"%1$s"}}
                """.formatted(HOSTILE));
        assertThat(named.status()).as(named.text()).isBetween(200, 201);
        team.awaitProfile(named.body().path("leadId").asString(), "company.name", HOSTILE);
        String leadId = qualify(email);

        browser.signIn(rep());
        browser.open("/inbox");
        browser.waitFor(inboxRow(email, leadId));

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

    @Test
    void a_rep_accepts_a_new_hand_off_from_the_inbox_and_qualifies_it_with_bant_without_a_reload() {
        String email = JourneyTeam.newContact("quinn.accept");
        String leadId = qualify(email);
        browser.signIn(rep());
        openFromInbox(email, leadId);
        browser.markPage();

        browser.click(By.id("accept"));
        browser.waitForText(STATUS, "ACCEPTED");
        browser.fill(By.id("budget"), "Approved for Q3");
        browser.fill(By.id("authority"), "CFO signs");
        browser.fill(By.id("need"), "Route planning for 40 trucks");
        browser.fill(By.id("timeline"), "This quarter");
        browser.fill(By.id("amount"), "25000");
        browser.click(By.cssSelector("#qualify-form button[type=submit]"));
        browser.waitForText(STATUS, "QUALIFIED");

        assertThat(browser.text()).contains("Approved for Q3", "CFO signs", "25000");
        assertThat(browser.stillMarked()).as("the status changed in place").isTrue();
    }

    @Test
    void a_rep_rejects_a_hand_off_and_marketing_finds_the_lead_under_rejected_leads() {
        String email = JourneyTeam.newContact("rory.reject");
        String leadId = qualify(email);
        browser.signIn(rep());
        openFromInbox(email, leadId);

        browser.choose(By.id("reason"), "timing");
        browser.fill(By.id("note"), "Budget opens in Q3, call back then");
        browser.click(By.cssSelector("#reject-form button[type=submit]"));
        browser.waitForText(STATUS, "REJECTED");
        assertThat(browser.text()).contains("Budget opens in Q3, call back then");

        browser.signIn(people.withRole(LocalSignIn.MARKETING));
        browser.openUntilText("/rejected", By.id("rejected-leads"), leadId);
        assertThat(browser.text().toLowerCase(Locale.ROOT)).contains("timing");
    }

    @Test
    void a_manager_sees_a_breached_hand_off_on_the_team_board_and_reassigns_it_to_another_rep() {
        JsonNode policies = team.slaPolicies();
        JsonNode assigned;
        team.acceptWithin("PT5S");
        try {
            assigned = team.assignment(qualify(JourneyTeam.newContact("mara.reassign")));
        } finally {
            team.restore(policies);
        }
        String handoffId = assigned.path("handoffId").asString();
        String leadId = assigned.path("leadId").asString();
        String second = team.secondRepId;

        browser.signIn(people.withRole(LocalSignIn.SALES_MANAGER));
        browser.open("/team");
        browser.waitFor(By.id("team-board"));
        browser.waitForText(By.cssSelector("#handoff-" + handoffId + " .sla"), "breached");
        try {
            browser.click(By.id("away-" + second));
            browser.waitForText(By.cssSelector("#rep-" + second + " .availability"), "available");
            browser.choose(By.id("to-" + handoffId), "Sam Second");
            browser.click(By.cssSelector("#reassign-" + handoffId + " button[type=submit]"));
            browser.waitFor(By.cssSelector("#rep-" + second + " #handoff-" + handoffId));

            browser.signIn(secondRep());
            browser.open("/inbox");
            browser.waitFor(inboxRow(assigned.path("lead").path("email").asString(), leadId));
        } finally {
            team.available(second, false);
        }
    }

    @Test
    void marketing_edits_a_draft_model_backtests_it_and_publishes_it() {
        browser.signIn(people.withRole(LocalSignIn.MARKETING));
        browser.open("/models/default");
        By yaml = By.id("draft-yaml");
        String published = browser.valueOf(yaml);
        String edited = published.replaceFirst("(?m)^description: .*$", "description: Reviewed in the console");
        assertThat(edited).isNotEqualTo(published);

        browser.fill(yaml, edited);
        browser.click(By.id("save-draft"));
        browser.waitForText(By.id("draft"), "Saved as draft version");
        browser.click(By.id("backtest"));
        browser.waitFor(By.id("backtest-table"));
        browser.click(By.id("publish"));
        browser.confirm();
        browser.waitForText(By.id("publish-result"), "is published");

        browser.open("/models/default");
        assertThat(browser.waitFor(By.id("published-yaml")).getText()).contains("Reviewed in the console");
    }

    @Test
    void an_admin_creates_an_api_key_sees_it_once_and_revokes_it_and_the_key_is_refused() {
        browser.signIn(people.withRole(LocalSignIn.ADMIN));
        browser.open("/admin/api-keys");
        String name = "journey key " + UUID.randomUUID().toString().substring(0, 8);
        browser.fill(By.id("key-name"), name);
        browser.click(By.cssSelector("#create-api-key button[type=submit]"));
        String key = browser.waitFor(By.cssSelector("#new-key code")).getText();
        assertThat(key).isNotBlank();
        assertThat(team.statusWithKey(key)).as("the new key works").isEqualTo(202);

        String row = "//section[@id='api-keys']//tr[td[1][normalize-space()='" + name + "']]";
        browser.click(By.xpath(row + "//button[starts-with(@id, 'revoke-')]"));
        browser.confirm();
        browser.waitForText(By.xpath(row), "revoked");

        await().atMost(Duration.ofSeconds(45)).until(() -> team.statusWithKey(key) == 401);
    }

    @Test
    void the_open_link_of_a_notification_leads_a_signed_out_rep_to_the_hand_off_where_a_click_accepts_it() {
        JsonNode assigned = team.assignment(qualify(JourneyTeam.newContact("nia.link")));
        String link = assigned.path("links").path("open").asString();
        assertThat(link).endsWith("/handoffs/" + assigned.path("handoffId").asString());

        browser.signInAt(link, rep());
        assertThat(browser.url()).startsWith(link);
        browser.waitForText(STATUS, "ASSIGNED");
        browser.click(By.id("accept"));
        browser.waitForText(STATUS, "ACCEPTED");
    }

    private static Person rep() {
        return suite.rep();
    }

    private static Person secondRep() {
        return suite.secondRep();
    }

    private static String qualify(String email) {
        return team.qualify(email);
    }

    private static void openFromInbox(String email, String leadId) {
        suite.openFromInbox(email, leadId);
    }

    private static By inboxRow(String email, String leadId) {
        return ConsoleSuite.inboxRow(email, leadId);
    }
}
