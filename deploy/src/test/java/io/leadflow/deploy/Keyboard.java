package io.leadflow.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * A person at the keyboard, with no mouse: key presses go to whatever has the focus, as WebDriver's key actions send
 * them (never a click). Every stop on the way must show where the focus is.
 */
final class Keyboard {

    /** How many Tabs a page may take to reach what a person is after. */
    private static final int MOST_TABS = 200;

    private final WebDriver driver;

    Keyboard(WebDriver driver) {
        this.driver = driver;
    }

    void press(CharSequence key) {
        new Actions(driver).sendKeys(key).perform();
    }

    /** Shift held down while Tab is pressed: the focus goes back one stop. */
    void shiftTab() {
        new Actions(driver)
                .keyDown(Keys.SHIFT)
                .sendKeys(Keys.TAB)
                .keyUp(Keys.SHIFT)
                .perform();
    }

    /** The focused element as {@link PageAudit#focused} names it. */
    String focused() {
        return PageAudit.focused(driver);
    }

    /**
     * Presses Tab until the focus is on the element described ({@code tag#id}), checking at every stop that the focus
     * shows.
     */
    void tabTo(String element) {
        for (int i = 0; i < MOST_TABS; i++) {
            press(Keys.TAB);
            String focused = focused();
            assertThat(PageAudit.focusShows(driver))
                    .as("focus shows on " + focused)
                    .isTrue();
            if (focused.startsWith(element + " ")) {
                return;
            }
        }
        throw new AssertionError("Tab never reached " + element);
    }
}
