package io.leadflow.deploy;

import io.leadflow.deploy.ConsolePeople.Person;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person's browser on the console: Debian's Chromium, headless, driven through its own chromedriver (never one
 * Selenium Manager would download). The steps are what a person does: sign in on the provider's page, open a page,
 * wait for something to show, sign out. Waits are explicit, never sleeps.
 *
 * <p>What the journeys rely on, by id: the provider's login form {@code #username}, {@code #password} and its submit
 * button; every console page's {@code main#content} and {@code #problem}; the menu {@code nav .menu}; the inbox's
 * {@code #entries} with one {@code tr.handoff} per hand-off; the "Sign out" button by its text. The journeys of the
 * other pages (accept/qualify, reject, reassign, model publish, API keys) use {@link #fill}, {@link #choose},
 * {@link #click}, {@link #confirm} and {@link #openUntilText} on the ids those pages state (docs/console.md).
 */
final class ConsoleBrowser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** How long a page may take to show what a journey waits for: the inbox polls every 5 s. */
    static final Duration PATIENCE = Duration.ofSeconds(45);

    static final By USERNAME = By.id("username");
    static final By PASSWORD = By.id("password");
    static final By CONTENT = By.cssSelector("main#content");
    static final By MENU_LINKS = By.cssSelector("nav .menu a");
    static final By SIGN_OUT = By.xpath("//button[normalize-space()='Sign out']");

    private final ChromeDriver driver;
    private final String gatewayUrl;
    private final String identityUrl;

    private ConsoleBrowser(ChromeDriver driver, String gatewayUrl, String identityUrl) {
        this.driver = driver;
        this.gatewayUrl = gatewayUrl;
        this.identityUrl = identityUrl;
    }

    static boolean installed() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /** A fresh headless Chromium with a 1280×800 window, for the console at {@code gatewayUrl}. */
    static ConsoleBrowser open(String gatewayUrl, String identityUrl) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--window-size=1280,800");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        // the page itself 1280×800, whatever the window's frame takes
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", 1280, "height", 800, "deviceScaleFactor", 1, "mobile", false));
        return new ConsoleBrowser(driver, gatewayUrl, identityUrl);
    }

    /**
     * Lays the page out at this size, as a phone ({@code mobile}: the page's viewport meta applies) or a desktop
     * window would; the window stays as it is.
     */
    void viewport(int width, int height, boolean mobile) {
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
    }

    /** The driver itself, for tools that work on a whole page (an accessibility audit, the keyboard). */
    ChromeDriver driver() {
        return driver;
    }

    /**
     * Signs in as a person the way they would: the console sends the browser to the provider's login page, the person
     * types e-mail and password, and lands back on the console's start page. Any earlier session is forgotten first.
     */
    void signIn(Person person) {
        driver.manage().deleteAllCookies();
        driver.get(gatewayUrl + "/");
        typeCredentials(person);
        wait(PATIENCE).until(ExpectedConditions.urlContains(gatewayUrl));
        waitFor(CONTENT);
    }

    /**
     * Opens an address while signed out (a link from a notification), signs in on the provider's page it leads to,
     * and waits to be back at that address.
     */
    void signInAt(String address, Person person) {
        driver.manage().deleteAllCookies();
        driver.get(address);
        typeCredentials(person);
        wait(PATIENCE).until(ExpectedConditions.urlContains(address));
        waitFor(CONTENT);
    }

    private void typeCredentials(Person person) {
        waitFor(USERNAME).sendKeys(person.email());
        driver.findElement(PASSWORD).sendKeys(person.password());
        driver.findElement(By.cssSelector("button[type=submit]")).click();
    }

    /** Accepts the confirmation dialog a button opened (htmx's {@code hx-confirm}). */
    void confirm() {
        wait(PATIENCE).until(ExpectedConditions.alertIsPresent()).accept();
    }

    /**
     * Opens a page again and again (a second apart) until the element shows the text: for what another service learns
     * asynchronously, on a page that does not poll.
     */
    void openUntilText(String path, By where, String text) {
        wait(PATIENCE).pollingEvery(Duration.ofSeconds(1)).until(browser -> {
            browser.get(gatewayUrl + path);
            return browser.findElements(where).stream()
                    .anyMatch(found -> found.getText().contains(text));
        });
    }

    /** What a form field holds now. */
    String valueOf(By field) {
        return waitFor(field).getDomProperty("value");
    }

    /** Opens a console page by path, e.g. {@code /inbox}. */
    void open(String path) {
        driver.get(gatewayUrl + path);
        waitFor(By.tagName("body"));
    }

    WebElement waitFor(By what) {
        return wait(PATIENCE).until(ExpectedConditions.visibilityOfElementLocated(what));
    }

    /** A button by its visible text, the way a person finds it: {@code button("Accept")}. */
    static By button(String text) {
        return By.xpath("//button[normalize-space()='" + text + "']");
    }

    /** Waits until it can be clicked (htmx may still be swapping it in), then clicks. */
    void click(By what) {
        wait(PATIENCE).until(ExpectedConditions.elementToBeClickable(what)).click();
    }

    /** Types into a form field, replacing what it held. */
    void fill(By field, String text) {
        WebElement input = waitFor(field);
        input.clear();
        input.sendKeys(text);
    }

    /** Picks an option of a {@code <select>} by its visible text. */
    void choose(By select, String optionText) {
        new Select(waitFor(select)).selectByVisibleText(optionText);
    }

    /** Waits until nothing matches any more (a row removed by a swap, a dialog closed). */
    void waitUntilGone(By what) {
        wait(PATIENCE).until(ExpectedConditions.numberOfElementsToBe(what, 0));
    }

    /** Waits until the element shows this text, however it gets there (a poll, a swap). */
    void waitForText(By where, String text) {
        wait(PATIENCE).until(ExpectedConditions.textToBePresentInElementLocated(where, text));
    }

    List<WebElement> waitForAtLeast(By what, int count) {
        return wait(PATIENCE).until(ExpectedConditions.numberOfElementsToBeMoreThan(what, count - 1));
    }

    /** The HTTP status this browser's session gets for a console path (a same-origin fetch, no redirect followed). */
    int statusOf(String path) {
        Object status = ((JavascriptExecutor) driver)
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + " fetch(arguments[0], {redirect: 'manual', headers: {'Accept': 'text/html'}})"
                                + ".then(r => done(r.status), () => done(-1));",
                        path);
        return ((Number) status).intValue();
    }

    /** The labels of the menu's links on the current page. */
    List<String> menu() {
        return driver.findElements(MENU_LINKS).stream().map(WebElement::getText).toList();
    }

    /** The paths the menu links to on the current page. */
    List<String> menuPaths() {
        return driver.findElements(MENU_LINKS).stream()
                .map(link -> link.getDomAttribute("href"))
                .toList();
    }

    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    String url() {
        return driver.getCurrentUrl();
    }

    /** An alert the page opened, if any (a script that ran where only text belongs). */
    Optional<String> alert() {
        try {
            return Optional.of(driver.switchTo().alert().getText());
        } catch (NoAlertPresentException none) {
            return Optional.empty();
        }
    }

    /** Script elements whose code contains this text: a value rendered as markup instead of text. */
    int scriptsContaining(String code) {
        return driver.findElements(By.xpath("//script[contains(., '" + code + "')]"))
                .size();
    }

    /**
     * Leaves a mark in the page's JavaScript state; it survives as long as the page is not reloaded, so a journey can
     * tell that something appeared without a reload.
     */
    void markPage() {
        ((JavascriptExecutor) driver).executeScript("window.leadflowJourneyMark = 'unchanged';");
    }

    boolean stillMarked() {
        return "unchanged".equals(((JavascriptExecutor) driver).executeScript("return window.leadflowJourneyMark;"));
    }

    /** Presses "Sign out" and waits for the provider's login page. */
    void signOut() {
        waitFor(SIGN_OUT).click();
        wait(PATIENCE).until(ExpectedConditions.urlContains(identityUrl));
        waitFor(USERNAME);
    }

    boolean onLoginPage() {
        return url().startsWith(identityUrl) && !driver.findElements(USERNAME).isEmpty();
    }

    /**
     * Saves a PNG of the current page as {@code <dir>/<name>.png} when the system property
     * {@code leadflow.screenshots} names a directory (relative to the repository), e.g. {@code docs/console}.
     */
    void screenshot(String name) {
        String dir = System.getProperty("leadflow.screenshots");
        if (dir == null || dir.isBlank()) {
            return;
        }
        Path target =
                Path.of(System.getProperty("leadflow.home", ".")).resolve(dir).resolve(name + ".png");
        try {
            Files.createDirectories(target.getParent());
            Files.write(target, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Photographs a page as {@code <name>.png} when screenshots are asked for and the page is there for this person
     * (a page still to be built answers 404, and is skipped until it lands).
     */
    void photograph(String name, String path) {
        if (System.getProperty("leadflow.screenshots") == null || statusOf(path) != 200) {
            return;
        }
        open(path);
        waitFor(CONTENT);
        screenshot(name);
    }

    private WebDriverWait wait(Duration timeout) {
        return new WebDriverWait(driver, timeout);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
