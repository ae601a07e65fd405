package io.leadflow.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.deploy.ConsolePeople.Person;
import io.leadflow.deploy.traffic.LocalSignIn;
import io.leadflow.deploy.traffic.SuiteClient;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

/**
 * The console's pages for everyday work that the other journeys leave out, in Chromium against the whole suite
 * ({@link ConsoleSuite}, port base 21080): a hand-off waiting for a rep on the team board, nurture tracks made and
 * paused by marketing, a lead waiting for the data its model requires, and a refused action in the problem area.
 */
class ConsoleWorkJourneysIT {

    /** Leads of this domain are scored by a model that requires a job title before they become MQLs. */
    private static final String NAMED = "named-leads.example";

    private static final By STATUS = By.id("status");
    private static final By PROBLEM = By.cssSelector("#problem .refusal");

    private static ConsoleSuite suite;
    private static JourneyTeam team;
    private static ConsoleBrowser browser;

    @BeforeAll
    static void startTheSuite() throws Exception {
        suite = ConsoleSuite.start(
                21080,
                "console-work",
                "work",
                "work.example",
                List.of("rita.rep", "mel.marketing", "mae.manager", "abe.admin", "sid.second"));
        team = suite.team;
        browser = suite.browser;
    }

    @AfterAll
    static void stopTheSuite() {
        if (suite != null) {
            suite.close();
        }
    }

    @Test
    void a_hand_off_waiting_for_a_rep_shows_on_the_board_and_the_manager_assigns_it_to_a_rep_marked_back() {
        String rep = team.repId;
        team.available(rep, false);
        try {
            String email = JourneyTeam.newContact("wanda.waiting");
            String leadId = team.qualify(email);

            browser.signIn(suite.withRole(LocalSignIn.SALES_MANAGER));
            browser.open("/team");
            String row = "//section[@id='waiting-" + team.teamId + "']//tr[contains(@class,'waiting-handoff')]"
                    + "[contains(., '" + email + "') or contains(., '" + leadId + "')]";
            browser.waitFor(By.xpath(row));
            String handoff = handoffIdOf(row);
            assertThat(browser.text()).contains("Waiting for a rep", "No rep of the team is");
            assertThat(browser.driver().findElements(By.id("assign-" + handoff)))
                    .as("nobody to assign to while every rep is away")
                    .isEmpty();

            browser.click(By.id("away-" + rep));
            browser.waitForText(By.cssSelector("#rep-" + rep + " .availability"), "available");
            browser.choose(By.id("assign-to-" + handoff), "Riley Chen");
            browser.click(By.cssSelector("#assign-" + handoff + " button[type=submit]"));
            browser.waitFor(By.cssSelector("#rep-" + rep + " #handoff-" + handoff));
            browser.waitUntilGone(By.id("waiting-handoff-" + handoff));

            browser.signIn(suite.rep());
            browser.open("/inbox");
            browser.waitFor(ConsoleSuite.inboxRow(email, leadId));
        } finally {
            team.available(rep, true);
        }
    }

    @Test
    void marketing_creates_a_track_sees_a_bad_delay_refused_at_its_field_fixes_it_and_pauses_and_resumes_it() {
        String key = "webinar-follow-up";
        browser.signIn(suite.withRole(LocalSignIn.MARKETING));
        browser.open("/tracks");
        browser.click(By.id("new-track-open"));
        browser.fill(By.id("new-track-key"), key);
        browser.fill(By.id("new-track-name"), "Webinar follow-up");
        browser.click(By.id("new-track-reason-no_need_yet"));
        browser.fill(By.id("new-track-priority-no_need_yet"), "37");
        browser.fill(By.id("new-track-step-0-name"), "Recording");
        browser.fill(By.id("new-track-step-0-delay"), "-P3D");
        browser.fill(By.id("new-track-step-0-content"), "The recording of the webinar");
        WebElement active = browser.waitFor(By.id("new-track-active"));
        if (!active.isSelected()) {
            active.click();
        }
        browser.click(By.id("new-track-save"));

        WebElement refusal = browser.waitFor(By.cssSelector("#new-track-step-0 .field-error"));
        assertThat(refusal.getText())
                .as("the refusal is told at the step's delay")
                .isNotBlank();
        assertThat(browser.waitFor(By.id("new-track-step-0-delay")).getDomAttribute("aria-invalid"))
                .isEqualTo("true");
        assertThat(browser.valueOf(By.id("new-track-step-0-delay")))
                .as("what was typed")
                .isEqualTo("-P3D");
        assertThat(browser.valueOf(By.id("new-track-step-0-content"))).isEqualTo("The recording of the webinar");
        assertThat(browser.driver().findElements(By.id("track-" + key)))
                .as("nothing saved")
                .isEmpty();
        assertThat(browser.waitFor(By.id("new-track-reason-no_need_yet")).isSelected())
                .as("the reason ticked")
                .isTrue();

        browser.fill(By.id("new-track-step-0-delay"), "P3D");
        browser.click(By.id("new-track-save"));
        browser.waitForText(By.id("track-" + key), "Webinar follow-up");
        assertThat(browser.waitFor(By.id("track-" + key)).getText()).contains("Recording", "P3D");
        browser.waitForText(By.id("state-" + key), "active");

        browser.click(By.id("toggle-" + key));
        browser.waitForText(By.id("state-" + key), "paused: takes no new leads");
        browser.waitForText(By.id("toggle-" + key), "Resume track");
        browser.click(By.id("toggle-" + key));
        browser.waitForText(By.id("toggle-" + key), "Pause track");
        assertThat(browser.waitFor(By.id("state-" + key)).getText()).isEqualTo("active");

        browser.open("/tracks");
        assertThat(browser.waitFor(By.id("state-" + key)).getText())
                .as("after a reload")
                .isEqualTo("active");
    }

    @Test
    void a_lead_over_the_threshold_without_a_job_title_waits_for_it_and_becomes_an_mql_when_it_arrives() {
        Person marketing = suite.withRole(LocalSignIn.MARKETING);
        publishModelRequiringAJobTitle(suite.apiAs(marketing));
        String email = "kim+" + UUID.randomUUID().toString().substring(0, 8) + "@" + NAMED;
        SuiteClient.Answer attended = team.source()
                .post(
                        "/api/v1/events",
                        LeadJourney.engagement(
                                email,
                                "webinar_attended",
                                "webinar",
                                Instant.now().truncatedTo(ChronoUnit.SECONDS)));
        assertThat(attended.status()).as(attended.text()).isEqualTo(202);
        String leadId = attended.body().path("leadId").asString();

        browser.signIn(marketing);
        browser.openUntilText("/leads?needsData=true", By.id("leads"), email);
        assertThat(browser.waitFor(By.id("needsData")).isSelected()).isTrue();
        By row = By.xpath("//*[@id='leads']//tr[contains(., '" + email + "')]");
        assertThat(browser.waitFor(row).getText()).contains("NEW", "needs jobTitle");

        browser.open("/leads/" + leadId);
        assertThat(browser.waitFor(By.id("needs-data")).getText()).contains("Waiting for data", "named-leads");
        assertThat(browser.waitFor(By.id("missing-data")).getText()).isEqualTo("jobTitle");
        assertThat(browser.waitFor(By.id("lead-stage")).getText()).isEqualTo("NEW");

        SuiteClient.Answer titled =
                team.source().upsertContact(email, SuiteClient.json(Map.of("jobTitle", "Head of IT")));
        assertThat(titled.status()).as(titled.text()).isBetween(200, 201);

        browser.openUntilText("/leads/" + leadId, By.id("lead-stage"), "MQL");
        assertThat(browser.driver().findElements(By.id("needs-data"))).isEmpty();
        browser.openUntilText("/leads?q=" + URLEncoder.encode(email, StandardCharsets.UTF_8), By.id("leads"), email);
        assertThat(browser.waitFor(row).getText()).contains("MQL").doesNotContain("needs jobTitle");
    }

    @Test
    void a_refused_action_shows_in_the_problem_area_and_dismiss_clears_it() {
        JsonNode assigned = team.assignment(team.qualify(JourneyTeam.newContact("paz.problem")));
        String handoff = assigned.path("handoffId").asString();
        browser.signIn(suite.rep());
        browser.open("/handoffs/" + handoff);
        browser.waitForText(STATUS, "ASSIGNED");
        // decided elsewhere meanwhile (the API, another tab): the page still offers to accept
        SuiteClient.Answer rejected = suite.apiAs(suite.rep())
                .post(
                        "/api/v1/handoffs/" + handoff + "/reject",
                        "{\"reason\":\"timing\",\"note\":\"Decided on the phone\"}");
        assertThat(rejected.status()).as(rejected.text()).isBetween(200, 204);

        browser.click(By.id("accept"));
        WebElement problem = browser.waitFor(PROBLEM);
        assertThat(problem.getText()).isNotBlank();
        assertThat(browser.text()).as("the page itself stays").contains("ASSIGNED");

        browser.click(By.cssSelector("#problem [data-dismiss-problem]"));
        browser.waitUntilGone(PROBLEM);
        assertThat(browser.waitFor(By.id("accept")).isDisplayed()).isTrue();
    }

    /** The id of the hand-off in this waiting row, read in one step (the board re-renders every 10 s). */
    private static String handoffIdOf(String rowXpath) {
        Object id = browser.driver()
                .executeScript(
                        "const row = document.evaluate(arguments[0], document, null,"
                                + " XPathResult.FIRST_ORDERED_NODE_TYPE, null).singleNodeValue;"
                                + " return row ? row.id : null;",
                        rowXpath);
        assertThat(id).isNotNull();
        return id.toString().substring("waiting-handoff-".length());
    }

    /**
     * A model for {@value #NAMED} only: 40 points for a webinar attended (the default model gives 20 of its 50),
     * threshold 30, a job title required.
     */
    private static void publishModelRequiringAJobTitle(SuiteClient marketing) {
        String model = SuiteClient.json(Map.of(
                "id", "named-leads",
                "segment",
                        Map.of(
                                "name",
                                "named",
                                "priority",
                                7,
                                "filter",
                                List.of(Map.of("attribute", "email.domain", "op", "equals", "value", NAMED))),
                "threshold", 30,
                "requires", List.of("jobTitle"),
                "rules",
                        List.of(Map.of(
                                "id",
                                "webinar",
                                "category",
                                "behaviour",
                                "event",
                                Map.of("type", "WEBINAR_ATTENDED"),
                                "points",
                                40))));
        SuiteClient.Answer created = marketing.post("/api/v1/scoring-models", model);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        SuiteClient.Answer published = marketing.post("/api/v1/scoring-models/named-leads/versions/1/publish", "");
        assertThat(published.status()).as(published.text()).isEqualTo(202);
    }
}
