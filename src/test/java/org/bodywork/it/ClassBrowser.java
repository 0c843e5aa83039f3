package org.bodywork.it;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A test class's one Chromium, started for its first test (a start costs a second or two), ended
 * with {@link Browser#endTest()} after each test, so the next starts signed out, and closed after
 * the last. Either ends the test in failure if a page broke its Content-Security-Policy.
 *
 * <pre>
 * &#64;RegisterExtension
 * static final ClassBrowser chromium = new ClassBrowser();
 * …
 * Browser browser = chromium.open(http.base().toString());
 * </pre>
 */
public final class ClassBrowser implements AfterEachCallback, AfterAllCallback {

    private Browser browser;

    /** The class's browser, started now if this is its first test. */
    public Browser open(String base) {
        if (browser == null) {
            browser = new Browser(base);
        }
        return browser;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (browser != null) {
            browser.endTest();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (browser != null) {
            Browser last = browser;
            browser = null;
            last.close();
        }
    }
}
