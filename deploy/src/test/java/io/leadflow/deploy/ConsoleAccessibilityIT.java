package io.leadflow.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.leadflow.deploy.ConsolePeople.Person;
import io.leadflow.deploy.traffic.LocalSignIn;
import io.leadflow.deploy.traffic.SuiteClient;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import tools.jackson.databind.JsonNode;

/**
 * The console is usable by everyone: each role's pages, with real data in them, pass axe-core's WCAG 2.1 A and AA
 * rules in Chromium at 1280×800 and at phone width (375×812), where no page scrolls sideways and the whole menu is in
 * view; and a rep goes from the inbox to a hand-off and accepts it with the keyboard alone. With
 * {@code -Dleadflow.screenshots=docs/console} each role's main page is saved as {@code <role>-phone.png}. Its own
 * stack on port base 20080.
 */
class ConsoleAccessibilityIT {

    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String IMAGE = "\"><img src=x onerror=alert(2)>";
    private static final By STATUS = By.id("status");

    /** The team's Slack channel: a real HTTP receiver of the incoming-webhook posts. */
    private static WebhookReceiver slack;

    private static ConsoleSuite suite;
    private static LocalStack stack;
    private static ConsolePeople people;
    private static JourneyTeam team;
    private static ConsoleBrowser browser;
    /** The rep's hand-offs waiting to be accepted and accepted (the BANT form on its page); a rejected lead. */
    private static String waiting, accepted, rejectedLead;

    @BeforeAll
    static void startTheSuiteWithLeadsInIt() throws Exception {
        slack = new WebhookReceiver();
        suite = ConsoleSuite.start(
                20080,
                "console-accessibility",
                "axe",
                "a11y.example",
                List.of("rosa.rep", "mika.marketing", "mo.manager", "adi.admin", "sol.second"));
        stack = suite.stack;
        people = suite.people;
        team = suite.team;
        browser = suite.browser;
        team.slackTo(slack.url());
        SuiteClient rep = team.asRep(stack.identityUrl(), rep());
        waiting = handoffOf("ava.audit");
        accepted = handoffOf("aria.accepted");
        SuiteClient.Answer accept = rep.post("/api/v1/handoffs/" + accepted + "/accept", "{}");
        assertThat(accept.status()).as(accept.text()).isBetween(200, 204);
        JsonNode rejected = team.assignment(team.qualify(JourneyTeam.newContact("remy.rejected")));
        rejectedLead = rejected.path("leadId").asString();
        SuiteClient.Answer reject = rep.post(
                "/api/v1/handoffs/" + rejected.path("handoffId").asString() + "/reject",
                "{\"reason\":\"timing\",\"note\":\"Budget opens in Q3\"}");
        assertThat(reject.status()).as(reject.text()).isBetween(200, 204);
    }

    @AfterAll
    static void stopTheSuite() {
        try {
            if (suite != null) {
                suite.close();
            }
        } finally {
            slack.close();
        }
    }

    @Test
    void the_rep_s_pages_meet_wcag_2_1_aa_on_a_desktop_and_on_a_phone() {
        browser.signIn(rep());
        assertUsable("sales_rep", List.of("/inbox", "/handoffs/" + waiting, "/handoffs/" + accepted, "/handoffs/new"));
    }

    @Test
    void the_manager_s_pages_meet_wcag_2_1_aa_on_a_desktop_and_on_a_phone() {
        browser.signIn(people.withRole(LocalSignIn.SALES_MANAGER));
        assertUsable("sales_manager", List.of("/team", "/inbox", "/reports", "/funnel"));
    }

    @Test
    void marketing_s_pages_meet_wcag_2_1_aa_on_a_desktop_and_on_a_phone() {
        browser.signIn(people.withRole(LocalSignIn.MARKETING));
        browser.openUntilText("/rejected", By.id("rejected-leads"), rejectedLead);
        assertUsable(
                "marketing",
                List.of(
                        "/leads",
                        "/leads/" + rejectedLead,
                        "/rejected",
                        "/tracks",
                        "/models",
                        "/models/default",
                        "/funnel"));
    }

    @Test
    void the_admin_s_pages_meet_wcag_2_1_aa_on_a_desktop_and_on_a_phone() {
        browser.signIn(people.withRole(LocalSignIn.ADMIN));
        assertUsable(
                "admin",
                List.of("/admin", "/admin/api-keys", "/admin/teams", "/admin/reps", "/admin/routing", "/admin/sla"));
    }

    @Test
    void the_audit_names_a_faint_text_and_a_page_too_wide_for_a_phone() {
        browser.signIn(rep());
        browser.viewport(PageAudit.PHONE_WIDTH, 812, true);
        try {
            browser.open("/inbox");
            browser.waitFor(ConsoleBrowser.CONTENT);
            browser.driver()
                    .executeScript("const p = document.createElement('p'); p.id = 'faint';"
                            + " p.textContent = 'grey on white'; p.style.color = '#bbbbbb'; p.style.width = '600px';"
                            + " document.getElementById('content').append(p);");
            assertThat(PageAudit.violations(browser.driver(), "/inbox"))
                    .anySatisfy(found ->
                            assertThat(found).contains("color-contrast").contains("#faint"));
            assertThat(PageAudit.overflow(browser.driver(), PageAudit.PHONE_WIDTH))
                    .isPositive();
        } finally {
            browser.viewport(1280, 800, false);
        }
    }

    @Test
    void a_rep_goes_from_the_inbox_to_a_hand_off_and_accepts_it_with_the_keyboard_alone() {
        String handoff = handoffOf("kit.keyboard");
        browser.signIn(rep());
        browser.open("/inbox");
        browser.waitFor(By.id("entries"));
        Keyboard keyboard = new Keyboard(browser.driver());

        keyboard.press(Keys.TAB);
        assertThat(keyboard.focused()).as("the first Tab").startsWith("a #content Skip to content");
        assertThat(PageAudit.focusShows(browser.driver()))
                .as("the skip link shows its focus")
                .isTrue();
        keyboard.press(Keys.ENTER);
        keyboard.press(Keys.TAB);
        assertThat(PageAudit.focusInside(browser.driver(), "content"))
                .as("after the skip link, Tab goes on inside the content: " + keyboard.focused())
                .isTrue();

        keyboard.tabTo("a#open-" + handoff);
        keyboard.shiftTab();
        assertThat(keyboard.focused()).doesNotStartWith("a#open-" + handoff);
        keyboard.press(Keys.TAB);
        assertThat(keyboard.focused()).startsWith("a#open-" + handoff);
        keyboard.press(Keys.ENTER);
        browser.waitForText(STATUS, "ASSIGNED");

        keyboard.tabTo("button#accept");
        keyboard.press(Keys.SPACE);
        browser.waitForText(STATUS, "ACCEPTED");
    }

    @Test
    void the_slack_message_s_button_leads_a_signed_out_rep_through_sign_in_to_the_hand_off_where_a_click_accepts_it()
            throws Exception {
        String handoff = handoffOf("sky.slack");
        String link = await().atMost(Duration.ofSeconds(60))
                .until(() -> slackButton(handoff), Optional::isPresent)
                .orElseThrow();
        assertThat(link).isEqualTo(stack.gatewayUrl() + "/handoffs/" + handoff);

        HttpResponse<String> bare = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(link)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(bare.statusCode()).as("a bare GET is sent to sign in").isBetween(300, 399);
        assertThat(statusOf(handoff)).as("a bare GET changes nothing").isEqualTo("ASSIGNED");

        browser.signInAt(link, rep());
        assertThat(browser.url()).startsWith(link);
        browser.waitForText(STATUS, "ASSIGNED");
        assertThat(statusOf(handoff)).as("opening the page changes nothing").isEqualTo("ASSIGNED");
        browser.click(By.id("accept"));
        browser.waitForText(STATUS, "ACCEPTED");
        assertThat(statusOf(handoff)).isEqualTo("ACCEPTED");
    }

    @Test
    void a_contact_named_like_markup_shows_as_text_on_the_inbox_the_hand_off_the_leads_and_the_lead_page() {
        String email = JourneyTeam.newContact("hostile");
        SuiteClient.Answer named = team.source()
                .upsertContact(
                        email,
                        SuiteClient.json(
                                Map.of("firstName", SCRIPT, "lastName", IMAGE, "company", Map.of("name", IMAGE))));
        assertThat(named.status()).as(named.text()).isBetween(200, 201);
        String leadId = team.qualify(email);
        String handoff = team.assignment(leadId).path("handoffId").asString();

        browser.signIn(rep());
        browser.open("/inbox");
        browser.waitForText(By.xpath("//tr[.//a[@id='open-" + handoff + "']]"), IMAGE);
        assertShownAsText(IMAGE);
        browser.openUntilText("/handoffs/" + handoff, By.id("contact"), SCRIPT);
        assertShownAsText(SCRIPT, IMAGE);

        browser.signIn(people.withRole(LocalSignIn.MARKETING));
        browser.openUntilText("/leads?q=" + URLEncoder.encode(email, StandardCharsets.UTF_8), By.id("leads"), IMAGE);
        assertShownAsText(IMAGE);
        browser.openUntilText("/leads/" + leadId, By.id("lead-name"), SCRIPT);
        assertShownAsText(SCRIPT, IMAGE);
    }

    /** The page shows these texts as typed, opened no alert, and holds no element made from them. */
    private static void assertShownAsText(String... texts) {
        assertThat(browser.alert()).as("an alert on " + browser.url()).isEmpty();
        assertThat(browser.text()).contains(texts);
        assertThat(browser.scriptsContaining("alert(1)")).isZero();
        assertThat(browser.driver().findElements(By.cssSelector("img[src='x']")))
                .isEmpty();
    }

    /** The button's address in the team's Slack message about this hand-off, once it arrived. */
    private static Optional<String> slackButton(String handoff) {
        return slack.received().stream()
                .map(message -> SuiteClient.parse(message.body()))
                .flatMap(message -> StreamSupport.stream(message.path("blocks").spliterator(), false))
                .flatMap(block -> StreamSupport.stream(block.path("elements").spliterator(), false))
                .map(element -> element.path("url").asString(""))
                .filter(url -> url.endsWith("/handoffs/" + handoff))
                .findFirst();
    }

    private static String statusOf(String handoff) {
        SuiteClient.Answer found = team.asRep(stack.identityUrl(), rep()).get("/api/v1/handoffs/" + handoff);
        assertThat(found.status()).as(found.text()).isEqualTo(200);
        return found.body().path("status").asString();
    }

    /** Each page passes at 1280×800 and at 375×812; the first, the role's main page, is photographed on the phone. */
    private static void assertUsable(String role, List<String> paths) {
        List<String> problems = PageAudit.usability(browser, role, paths);
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    /** A new lead qualified and handed to the rep: the hand-off's id. */
    private static String handoffOf(String name) {
        return team.assignment(team.qualify(JourneyTeam.newContact(name)))
                .path("handoffId")
                .asString();
    }

    private static Person rep() {
        return suite.rep();
    }
}
