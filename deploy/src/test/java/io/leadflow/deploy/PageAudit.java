package io.leadflow.deploy;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * What is checked on a console page as it stands in the browser: the WCAG 2.1 A and AA rules of axe-core (Deque's,
 * injected through WebDriver, never served by the console), sideways scrolling at phone width, the menu's links in
 * view, and where the keyboard's focus is and whether it shows.
 */
final class PageAudit {

    /** The axe-core tags of WCAG 2.0 and 2.1, levels A and AA. */
    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /** A phone's width in CSS pixels (an iPhone's 375). */
    static final int PHONE_WIDTH = 375;

    private PageAudit() {}

    /**
     * Each page at 1280×800 and at 375×812 (as a phone): the WCAG 2.1 AA violations, and on the phone sideways
     * scrolling and menu links out of view. The first page is the role's main page, saved as {@code <role>-phone}
     * when screenshots are asked for.
     */
    static List<String> usability(ConsoleBrowser browser, String role, List<String> paths) {
        List<String> problems = new ArrayList<>();
        try {
            for (String path : paths) {
                browser.viewport(1280, 800, false);
                browser.open(path);
                browser.waitFor(ConsoleBrowser.CONTENT);
                problems.addAll(violations(browser.driver(), path + " at 1280px"));

                browser.viewport(PHONE_WIDTH, 812, true);
                browser.open(path);
                browser.waitFor(ConsoleBrowser.CONTENT);
                problems.addAll(violations(browser.driver(), path + " at 375px"));
                long overflow = overflow(browser.driver(), PHONE_WIDTH);
                if (overflow > 0) {
                    problems.add(path + " at 375px scrolls sideways by " + overflow + "px");
                }
                List<String> hidden = menuOutOfReach(browser.driver(), PHONE_WIDTH);
                if (!hidden.isEmpty()) {
                    problems.add(path + " at 375px: menu links out of view " + hidden);
                }
                if (path.equals(paths.getFirst())) {
                    browser.screenshot(role + "-phone");
                }
            }
        } finally {
            browser.viewport(1280, 800, false);
        }
        return problems;
    }

    /** Every WCAG 2.1 AA violation axe finds on the page: rule, impact, what it asks, each element and why. */
    static List<String> violations(WebDriver driver, String page) {
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
        if (results.isErrored()) {
            return List.of(page + ": axe-core could not run: " + results.getErrorMessage());
        }
        List<String> found = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            for (CheckedNode node : rule.getNodes()) {
                found.add("%s: %s (%s) %s at %s: %s"
                        .formatted(
                                page,
                                rule.getId(),
                                rule.getImpact(),
                                rule.getHelp(),
                                node.getTarget(),
                                node.getFailureSummary().replace('\n', ' ')));
            }
        }
        return found;
    }

    /** How far the page is wider than {@code width} pixels (0 when nothing scrolls sideways). */
    static long overflow(WebDriver driver, int width) {
        Number scrollWidth = (Number) js(driver)
                .executeScript("return Math.max(document.documentElement.scrollWidth, document.body.scrollWidth);");
        return Math.max(0, scrollWidth.longValue() - width);
    }

    /** The menu's links that are not shown or stick out of a viewport {@code width} pixels wide. */
    @SuppressWarnings("unchecked")
    static List<String> menuOutOfReach(WebDriver driver, int width) {
        return (List<String>) js(driver)
                .executeScript(
                        "return Array.from(document.querySelectorAll('nav .menu a')).filter(a => {"
                                + " const r = a.getBoundingClientRect();"
                                + " return r.width === 0 || r.height === 0 || r.left < 0 || r.right > arguments[0];"
                                + "}).map(a => a.textContent.trim());",
                        width);
    }

    /** The focused element as a person would name it: tag, id, and its text or href. */
    static String focused(WebDriver driver) {
        return (String) js(driver)
                .executeScript("const e = document.activeElement; if (!e) return 'nothing';"
                        + " return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')"
                        + " + ' ' + (e.getAttribute('href') || '') + ' ' + (e.textContent || '').trim().slice(0, 40);");
    }

    /** Whether the focused element draws a focus ring: a visible outline or a box shadow. */
    static boolean focusShows(WebDriver driver) {
        return (Boolean) js(driver)
                .executeScript("const e = document.activeElement; if (!e || e === document.body) return false;"
                        + " const s = getComputedStyle(e);"
                        + " const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;"
                        + " return outline || (s.boxShadow && s.boxShadow !== 'none');");
    }

    /** Whether the focused element is inside the element with this id. */
    static boolean focusInside(WebDriver driver, String id) {
        return (Boolean) js(driver)
                .executeScript(
                        "const e = document.activeElement; const c = document.getElementById(arguments[0]);"
                                + " return !!(e && c && e !== c && c.contains(e));",
                        id);
    }

    private static JavascriptExecutor js(WebDriver driver) {
        return (JavascriptExecutor) driver;
    }
}
