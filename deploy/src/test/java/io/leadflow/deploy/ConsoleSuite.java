package io.leadflow.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.deploy.ConsolePeople.Person;
import io.leadflow.deploy.traffic.LocalSignIn;
import io.leadflow.deploy.traffic.SuiteClient;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;

/**
 * What every browser journey stands on: the whole suite with the console on its own port base and fresh databases,
 * five people who sign in at the local identity provider (a rep, marketing, a manager, an admin and a second rep, in
 * the given e-mail domain), the sales team of {@link JourneyTeam} made by the admin through the API, the rep's webhook
 * receiver, and one Chromium. {@link #close()} stops them, the browser first and the suite after.
 */
final class ConsoleSuite implements AutoCloseable {

    final LocalStack stack;
    final ConsolePeople people;
    final JourneyTeam team;
    final ConsoleBrowser browser;
    private final WebhookReceiver webhook;
    private final SuiteClient gateway;
    private final Person secondRep;

    private ConsoleSuite(
            LocalStack stack,
            ConsolePeople people,
            JourneyTeam team,
            ConsoleBrowser browser,
            WebhookReceiver webhook,
            SuiteClient gateway,
            Person secondRep) {
        this.stack = stack;
        this.people = people;
        this.team = team;
        this.browser = browser;
        this.webhook = webhook;
        this.gateway = gateway;
        this.secondRep = secondRep;
    }

    /**
     * Starts the suite on {@code portBase}, its data under {@code deploy/target/<name>}, its databases named
     * {@code leadflow_<databases><suffix>_*}; the people are {@code <local part>@<domain>} for each of {@code rep},
     * {@code marketing}, {@code manager}, {@code admin}, {@code second rep}, in that order.
     */
    static ConsoleSuite start(int portBase, String name, String databases, String domain, List<String> localParts)
            throws Exception {
        assertThat(ConsoleBrowser.installed())
                .as("Chromium and its driver at " + ConsoleBrowser.CHROMIUM + " and " + ConsoleBrowser.CHROMEDRIVER
                        + " (apt-get install chromium chromium-driver; .ci/run does)")
                .isTrue();
        List<String> roles = List.of(
                LocalSignIn.SALES_REP,
                LocalSignIn.MARKETING,
                LocalSignIn.SALES_MANAGER,
                LocalSignIn.ADMIN,
                LocalSignIn.SALES_REP);
        assertThat(localParts).hasSameSizeAs(roles);
        Map<String, String> byEmail = new LinkedHashMap<>();
        for (int i = 0; i < roles.size(); i++) {
            byEmail.put(localParts.get(i) + "@" + domain, roles.get(i));
        }
        ConsolePeople people = ConsolePeople.withRoles(byEmail);
        Path home = Path.of(System.getProperty("leadflow.home"));
        String suffix = System.getenv().getOrDefault("LEADFLOW_TEST_DB_SUFFIX", "");
        StackConfig config = StackConfig.defaults(home, System.getProperty("leadflow.version"))
                .withPortBase(portBase)
                .withDataDir(home.resolve("deploy/target/" + name))
                .withFreshDatabases("leadflow_" + databases + suffix + "_");
        WebhookReceiver webhook = new WebhookReceiver();
        LocalStack stack = LocalStack.of(config);
        try {
            stack.withConsole(people);
            stack.run();
            SuiteClient gateway = SuiteClient.of(stack.gatewayUrl());
            Person admin = people.withRole(LocalSignIn.ADMIN);
            Person second = person(people, localParts.get(4) + "@" + domain);
            JourneyTeam team = JourneyTeam.create(
                    gateway,
                    LocalSignIn.as(gateway, stack.identityUrl(), admin.email(), admin.password()),
                    webhook,
                    people.withRole(LocalSignIn.SALES_MANAGER).email(),
                    people.withRole(LocalSignIn.SALES_REP),
                    second);
            ConsoleBrowser browser = ConsoleBrowser.open(stack.gatewayUrl(), stack.identityUrl());
            return new ConsoleSuite(stack, people, team, browser, webhook, gateway, second);
        } catch (Exception | AssertionError failed) {
            stack.close();
            webhook.close();
            throw failed;
        }
    }

    /** The rep who gets every new lead. */
    Person rep() {
        return people.withRole(LocalSignIn.SALES_REP);
    }

    /** The rep who is away until a manager marks them back. */
    Person secondRep() {
        return secondRep;
    }

    Person withRole(String role) {
        return people.withRole(role);
    }

    /** This person's own API client, signed in at the identity provider as they are in the browser. */
    SuiteClient apiAs(Person person) {
        return LocalSignIn.as(gateway, stack.identityUrl(), person.email(), person.password());
    }

    String gatewayUrl() {
        return stack.gatewayUrl();
    }

    /** In the inbox, waits for the lead's hand-off to arrive and opens its page. */
    void openFromInbox(String email, String leadId) {
        browser.open("/inbox");
        browser.waitFor(inboxRow(email, leadId));
        browser.click(By.xpath(rowOf(email, leadId) + "//a[contains(@class,'open')]"));
        browser.waitFor(By.id("handoff-status"));
    }

    /** The inbox row of a lead: it names the lead by e-mail once its profile reached sales, else by id. */
    static By inboxRow(String email, String leadId) {
        return By.xpath(rowOf(email, leadId));
    }

    private static String rowOf(String email, String leadId) {
        String byEmail = email == null || email.isBlank() ? "" : "contains(., '" + email + "') or ";
        return "//*[@id='entries']//tr[contains(@class,'handoff')][" + byEmail + "contains(., '" + leadId + "')]";
    }

    private static Person person(ConsolePeople people, String email) {
        return people.all().stream()
                .filter(p -> p.email().equals(email))
                .findFirst()
                .orElseThrow();
    }

    @Override
    public void close() {
        try {
            browser.close();
        } finally {
            try {
                stack.close();
            } finally {
                webhook.close();
            }
        }
    }
}
