package org.bodywork.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium, with the flags that keep it off the network. The
 * binary and driver are given explicitly, so Selenium Manager never tries to download one.
 */
public final class Browser implements AutoCloseable {

    /** Authenticator-app keys of the accounts these tests set up, by e-mail; one JVM runs every IT. */
    private static final java.util.Map<String, String> SECRETS = new java.util.concurrent.ConcurrentHashMap<>();

    private static final java.util.Map<String, Long> LAST_STEP = new java.util.concurrent.ConcurrentHashMap<>();

    private static final java.util.Map<String, java.util.Deque<String>> RECOVERY =
            new java.util.concurrent.ConcurrentHashMap<>();

    private final WebDriver driver;
    private final String base;
    /** The address this browser's requests come from now ({@link #newAddress()}). */
    private String address;

    public Browser(String base) {
        System.setProperty("webdriver.chrome.driver", System.getProperty("chromedriver", "/usr/bin/chromedriver"));
        Path profile;
        try {
            Files.createDirectories(Paths.get("target"));
            profile = Files.createTempDirectory(Paths.get("target"), "chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions()
                .setBinary(System.getProperty("chromium", "/usr/bin/chromium"))
                .addArguments(
                        "--headless=new",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-dev-shm-usage",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--no-first-run",
                        "--disable-sync",
                        "--window-size=1280,900",
                        "--user-data-dir=" + profile.toAbsolutePath());
        // The cluster test's nginx has a self-signed certificate (cluster.Cluster); the other tests are plain HTTP.
        options.setAcceptInsecureCerts(base.startsWith("https:"));
        // The browser's console, read at the end for Content-Security-Policy violations.
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        this.driver = new ChromeDriver(options);
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        ((ChromeDriver) driver).executeCdpCommand("Network.enable", java.util.Map.of());
        newAddress();
    }

    public WebDriver driver() {
        return driver;
    }

    /**
     * A wait that looks every 50 ms: Selenium's default of 500 ms added half a second to nearly every
     * click that loads a page or sends an ajax request, minutes over the suite.
     */
    public WebDriverWait await(Duration timeout) {
        return new WebDriverWait(driver, timeout, Duration.ofMillis(50));
    }

    /** The current path, without the server or context root. */
    public String path() {
        String url = driver.getCurrentUrl();
        return url.startsWith(base) ? url.substring(base.length()) : url;
    }

    public WebElement find(String css) {
        return await(Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    public String text(String css) {
        return find(css).getText();
    }

    /** Types into a field, again if scripts replaced its node while the page settled. */
    public void type(String css, String text) {
        await(Duration.ofSeconds(10)).ignoring(WebDriverException.class).until(d -> {
            WebElement input = d.findElement(By.cssSelector(css));
            input.clear();
            input.sendKeys(text);
            return text.equals(input.getAttribute("value"));
        });
    }

    /**
     * Signs in through the sign-in page, with the second step when the account has one, and setting
     * it up when the account must have one (therapists and admins), as a person with an
     * authenticator app would.
     */
    public void signIn(String email, String password) {
        if (mustHaveTwoSteps(email)) {
            enrolled(email);
        }
        open("/login");
        type("#signin\\:email", email);
        type("#signin\\:password", password);
        submit("#signin\\:submit");
        if (path().startsWith("/login-code")) {
            if (!SECRETS.containsKey(email)) {
                // Set up by an earlier run against this database: start again from no second step.
                Db.update(
                        "DELETE FROM recovery_code WHERE account_id = (SELECT id FROM account WHERE email = ?)", email);
                Db.update("DELETE FROM account_mfa WHERE account_id = (SELECT id FROM account WHERE email = ?)", email);
                signIn(email, password);
                return;
            }
            type("#second\\:code", code(email));
            submit("#second\\:submit");
        } else if (path().startsWith("/account/security")) {
            setUpTwoStep(email, password);
        }
    }

    /**
     * Signed in for a test whose subject is another page: the sign-in form (and the code page) filled
     * in over HTTP by {@link Pages}, from this browser's address, and the session handed to the
     * browser, which opens nothing yet. Through the pages themselves ({@link #signIn}) a sign-in cost
     * two or three page loads in the browser; the sign-in pages have their own tests in PagesIT, and
     * RunCommandIT signs every demo person in through them.
     */
    public void signedIn(String email, String password) {
        java.net.HttpCookie session = new Pages(java.net.URI.create(base + "/"), address)
                .signIn(email, password)
                .session()
                .orElseThrow(() -> new AssertionError("no session cookie for " + email));
        ((ChromeDriver) driver)
                .executeCdpCommand(
                        "Network.setCookie",
                        java.util.Map.of(
                                "name",
                                session.getName(),
                                "value",
                                session.getValue(),
                                "url",
                                base + "/",
                                "path",
                                session.getPath() == null ? "/" : session.getPath(),
                                "httpOnly",
                                true,
                                "secure",
                                session.getSecure()));
    }

    /**
     * The account's authenticator key, set up the first time as the set-up page would but straight
     * into the database: that page has its own test, and going through it for every therapist would
     * cost each browser test seconds. One registry for every test in this JVM, browser or not.
     */
    public static String enrolled(String email) {
        return SECRETS.computeIfAbsent(email, e -> {
            String secret = org.bodywork.identity.Totp.newSecret();
            Db.update("DELETE FROM recovery_code WHERE account_id = (SELECT id FROM account WHERE email = ?)", e);
            Db.update("DELETE FROM account_mfa WHERE account_id = (SELECT id FROM account WHERE email = ?)", e);
            Db.update(
                    "INSERT INTO account_mfa (account_id, secret, created_at, enabled_at, last_step)"
                            + " SELECT id, ?, NOW(6), NOW(6), 0 FROM account WHERE email = ?",
                    secret,
                    e);
            LAST_STEP.remove(e);
            // Recovery codes too, so that signing in twice within one 30-second step need not wait.
            java.util.Deque<String> codes = new java.util.concurrent.ConcurrentLinkedDeque<>();
            for (int i = 0; i < 10; i++) {
                String code =
                        java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 16);
                Db.update(
                        "INSERT INTO recovery_code (account_id, code_hash) SELECT id, ? FROM account WHERE email = ?",
                        sha256(code),
                        e);
                codes.add(code);
            }
            RECOVERY.put(e, codes);
            return secret;
        });
    }

    private static String sha256(String code) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                            .digest(code.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException x) {
            throw new IllegalStateException(x);
        }
    }

    public static boolean mustHaveTwoSteps(String email) {
        return !"0"
                .equals(Db.one(
                        "SELECT COUNT(*) FROM account_role r JOIN account a ON a.id = r.account_id"
                                + " WHERE a.email = ? AND r.role IN ('THERAPIST', 'ADMIN')",
                        email));
    }

    /** Sets up two-step sign-in on /account/security, keeping the key and the recovery codes. */
    public java.util.List<String> setUpTwoStep(String email, String password) {
        if (!driver.findElements(By.id("mfa:start")).isEmpty()) {
            type("#mfa\\:password", password);
            submit("#mfa\\:start");
        }
        SECRETS.put(email, text("#secret"));
        LAST_STEP.remove(email);
        type("#mfa\\:code", code(email));
        submit("#mfa\\:confirm");
        java.util.List<String> codes = driver.findElements(By.cssSelector("#codes code")).stream()
                .map(WebElement::getText)
                .toList();
        RECOVERY.put(email, new java.util.concurrent.ConcurrentLinkedDeque<>(codes));
        submit("#done");
        return codes;
    }

    /** A code the account's app would show, never one used before (waiting for the next one if need be). */
    public static synchronized String code(String email) {
        String secret = SECRETS.get(email);
        long last = LAST_STEP.getOrDefault(email, Long.MIN_VALUE);
        java.util.Deque<String> spare = RECOVERY.get(email);
        if (org.bodywork.identity.Totp.step(java.time.Instant.now()) + 1 <= last && spare != null && !spare.isEmpty()) {
            return spare.poll(); // rather than wait up to 30 s for the next code
        }
        while (org.bodywork.identity.Totp.step(java.time.Instant.now()) + 1 <= last) {
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        long step = Math.max(org.bodywork.identity.Totp.step(java.time.Instant.now()), last + 1);
        LAST_STEP.put(email, step);
        return org.bodywork.identity.Totp.code(secret, step);
    }

    /** Signs out with the layout's button. */
    public void signOut() {
        submit("#signout\\:button");
    }

    /** Clicks and waits for the next page to replace this one. */
    public void submit(String css) {
        WebElement html = driver.findElement(By.tagName("html"));
        find(css).click();
        await(Duration.ofSeconds(15)).until(d -> gone(html));
        settle();
    }

    public void open(String path) {
        driver.get(base + path);
        settle();
    }

    /** Chromium reports a node of a replaced document either as stale or as not in the document. */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (WebDriverException e) {
            return true;
        }
    }

    private void settle() {
        await(Duration.ofSeconds(15))
                .until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /** Clicks something that starts a PrimeFaces ajax request, and waits for it to finish. */
    public void clickAndAwaitAjax(String css) {
        find(css).click();
        awaitAjax();
    }

    /** Waits until PrimeFaces has no ajax request queued or running. */
    private void awaitAjax() {
        await(Duration.ofSeconds(10))
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                        .executeScript("return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty();")));
    }

    /**
     * Chooses a value of a PrimeFaces selectOneMenu through its widget, as a click on the item would;
     * clicking the animated overlay itself races with its animation.
     */
    public void selectMenu(String clientId, String value) {
        String widget = "widget_" + clientId.replace(':', '_');
        ((JavascriptExecutor) driver)
                .executeScript("PrimeFaces.widgets[arguments[0]].selectValue(arguments[1]);", widget, value);
    }

    /** Waits until nothing matching is visible, e.g. a closing dropdown panel. */
    public void awaitHidden(String css) {
        await(Duration.ofSeconds(10)).until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(css)));
    }

    public String cookie(String name) {
        var cookie = driver.manage().getCookieNamed(name);
        return cookie == null ? null : cookie.getValue();
    }

    /**
     * From now on a phone: 360 CSS pixels wide, as Chromium's device emulation sets it (touch, the
     * page's viewport meta tag honoured), the narrowest common Android width.
     */
    public void phone() {
        ((ChromeDriver) driver)
                .executeCdpCommand(
                        "Emulation.setDeviceMetricsOverride",
                        java.util.Map.of("width", 360, "height", 780, "deviceScaleFactor", 2, "mobile", true));
        driver.navigate().refresh();
        settle();
    }

    /**
     * What sticks out to the right of a page narrower than it, making a person scroll sideways: empty
     * when the page fits its width.
     */
    @SuppressWarnings("unchecked")
    public java.util.List<String> sideways() {
        return (java.util.List<String>) ((JavascriptExecutor) driver).executeScript("""
                        var width = document.documentElement.clientWidth;
                        if (document.documentElement.scrollWidth <= width) return [];
                        var wide = [];
                        document.querySelectorAll('body *').forEach(function (e) {
                          var r = e.getBoundingClientRect();
                          if (r.right > width + 1 && r.width > 0 && wide.length < 5
                              && !(e.parentElement && e.parentElement.getBoundingClientRect().right > width + 1)) {
                            wide.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + '.' + e.className
                                + ' ends at ' + Math.round(r.right) + ' px');
                          }
                        });
                        return ['the page is ' + document.documentElement.scrollWidth + ' px wide on a '
                                + width + ' px screen'].concat(wide);
                        """);
    }

    /** Saves what the page looks like under target/screenshots, for a person to look at. */
    public void screenshot(String name) {
        try {
            Path dir = Files.createDirectories(Paths.get("target", "screenshots"));
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(dir.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Like {@link #screenshot}, but the whole page, scrolled or not (a phone's long form). */
    public void screenshotPage(String name) {
        ChromeDriver chrome = (ChromeDriver) driver;
        java.util.Map<String, Object> metrics = chrome.executeCdpCommand("Page.getLayoutMetrics", java.util.Map.of());
        java.util.Map<?, ?> size = (java.util.Map<?, ?>) metrics.get("cssContentSize");
        java.util.Map<String, Object> shot = chrome.executeCdpCommand(
                "Page.captureScreenshot",
                java.util.Map.of(
                        "format",
                        "png",
                        "captureBeyondViewport",
                        true,
                        "clip",
                        java.util.Map.of(
                                "x", 0, "y", 0, "width", size.get("width"), "height", size.get("height"), "scale", 1)));
        try {
            Path dir = Files.createDirectories(Paths.get("target", "screenshots"));
            Files.write(
                    dir.resolve(name + ".png"), java.util.Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Script errors Chromium reported since the last call (and the last call of {@link #violations}). */
    public java.util.List<String> scriptErrors() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(e -> "script error: " + e.getMessage())
                .filter(m -> !m.contains("favicon"))
                .toList();
    }

    /** The Content-Security-Policy violations Chromium reported since the last call. */
    public java.util.List<String> violations() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(org.openqa.selenium.logging.LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy"))
                .toList();
    }

    /** From now on the browser comes from an address of its own, as {@link Http#someAddress()} explains. */
    private void newAddress() {
        address = Http.someAddress();
        ((ChromeDriver) driver)
                .executeCdpCommand(
                        "Network.setExtraHTTPHeaders",
                        java.util.Map.of("headers", java.util.Map.of("X-Forwarded-For", address)));
    }

    /**
     * Ends a test in a browser kept for the next: fails, as {@link #close()} does, if a page broke its
     * Content-Security-Policy since the last check, and forgets every cookie, so the next test starts
     * signed out.
     */
    public void endTest() {
        java.util.List<String> refused = violations();
        ((ChromeDriver) driver).executeCdpCommand("Network.clearBrowserCookies", java.util.Map.of());
        newAddress();
        driver.get("about:blank");
        // A phone test's device emulation (phone()) would otherwise stay on for the next test.
        ((ChromeDriver) driver).executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        if (!refused.isEmpty()) {
            throw new AssertionError("A page broke its Content-Security-Policy: " + refused);
        }
    }

    /**
     * Ends the browser, and fails if a page broke its Content-Security-Policy on the way: every page
     * test is thereby also a test that the policy and the pages agree.
     */
    @Override
    public void close() {
        java.util.List<String> refused;
        try {
            refused = violations();
        } finally {
            driver.quit();
        }
        if (!refused.isEmpty()) {
            throw new AssertionError("A page broke its Content-Security-Policy: " + refused);
        }
    }
}
