package org.bodywork.it;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * A person with a keyboard and no mouse: Tab, Shift+Tab, Space, Enter, arrows and Escape, sent to
 * whatever has focus. At every stop it checks what a sighted keyboard user needs (WCAG 2.4.3, 2.4.7,
 * 2.4.11): focus is on something, that thing is in the viewport and not covered (by a sticky header,
 * a dialog's mask, anything), it shows a focus indicator, and it is not above the previous stop in
 * the same region. What it finds is collected in {@link #problems()} rather than thrown, so one run
 * reports every stop that fails.
 */
public final class Keyboard {

    /**
     * Where focus is, as a person sees it. A visually hidden native input (PrimeFaces' radio buttons,
     * check boxes and menus) shows its focus on its widget, so the widget's box is measured.
     */
    private static final String STOP = """
            var el = document.activeElement;
            if (!el || el === document.body || el === document.documentElement) {
              return {problem: 'focus is on nothing (the page body)'};
            }
            function name(e) {
              if (!e) return 'nothing';
              return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\\s+/).join('.') : '');
            }
            var box = el, r = el.getBoundingClientRect();
            if (r.width <= 2 || r.height <= 2 || el.closest('.ui-helper-hidden-accessible')) {
              var w = el.closest('.ui-radiobutton, .ui-chkbox, .ui-selectonemenu, .ui-selectcheckboxmenu, .ui-inputswitch');
              if (!w) {
                var wrap = el.closest('.ui-helper-hidden-accessible');
                w = wrap && wrap.parentElement;
              }
              if (w) {
                box = w.querySelector('.ui-state-focus') || w;
                r = box.getBoundingClientRect();
              }
            }
            var result = {name: name(el), top: r.top + window.scrollY, left: r.left + window.scrollX,
                          region: el.closest('[role=dialog]') ? 'dialog' : (el.closest('main') ? 'main' : 'page')};
            var dialog = el.closest('[role=dialog]');
            if (dialog) {
              // A modal dialog keeps focus in itself: from its last stop Tab goes round to its first.
              var stops = Array.prototype.filter.call(
                dialog.querySelectorAll('a[href], button, input, select, textarea, [tabindex]'),
                function (e) { return e.tabIndex >= 0 && !e.disabled && e.getClientRects().length > 0; });
              result.first = stops[0] === el;
              result.last = stops[stops.length - 1] === el;
            }
            var vw = document.documentElement.clientWidth, vh = window.innerHeight;
            if (r.width === 0 && r.height === 0) {
              result.problem = name(el) + ' has focus but no size: it cannot be seen';
              return result;
            }
            if (r.bottom <= 0 || r.top >= vh || r.right <= 0 || r.left >= vw) {
              result.problem = name(el) + ' has focus outside the viewport';
              return result;
            }
            var x = Math.min(Math.max(r.left + r.width / 2, 1), vw - 1);
            var y = Math.min(Math.max(r.top + Math.min(r.height / 2, 10), 1), vh - 1);
            var hit = document.elementFromPoint(x, y);
            var labels = el.labels ? Array.prototype.slice.call(el.labels) : [];
            var own = hit && (box.contains(hit) || el.contains(hit)
                || labels.some(function (l) { return l.contains(hit); }));
            if (!own) {
              result.problem = name(el) + ' has focus under ' + name(hit);
              return result;
            }
            function ring(e) {
              var s = getComputedStyle(e);
              return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 1) || s.boxShadow !== 'none';
            }
            var parts = [el, box].concat(Array.prototype.slice.call(box.querySelectorAll('.ui-state-focus')));
            if (!parts.some(ring)) {
              result.problem = name(el) + ' has focus but shows no focus indicator';
            }
            return result;
            """;

    private final Browser browser;
    private final List<String> problems = new ArrayList<>();
    private Map<?, ?> last;

    public Keyboard(Browser browser) {
        this.browser = browser;
    }

    /** What went wrong so far, one line per stop. */
    public List<String> problems() {
        return problems;
    }

    /** Presses Tab once and checks where focus lands. */
    public Keyboard tab() {
        press(Keys.TAB);
        check(true);
        return this;
    }

    /** Presses Shift+Tab once and checks where focus lands, without the order check. */
    public Keyboard back() {
        new Actions(browser.driver())
                .keyDown(Keys.SHIFT)
                .sendKeys(Keys.TAB)
                .keyUp(Keys.SHIFT)
                .perform();
        check(false);
        return this;
    }

    /**
     * Tabs until focus is on what the CSS selector names (or inside it, as a PrimeFaces widget's
     * hidden input is), at most {@code limit} times; a miss is a problem: it cannot be reached by
     * keyboard.
     */
    public Keyboard tabTo(String css, int limit) {
        for (int i = 0; i < limit; i++) {
            tab();
            if (on(css)) {
                return this;
            }
        }
        problems.add(browser.path() + ": " + css + " not reached in " + limit + " presses of Tab");
        return this;
    }

    /** Whether focus is on what the CSS selector names, or inside it. */
    public boolean on(String css) {
        return Boolean.TRUE.equals(js(
                "var a = document.activeElement; return !!a && a !== document.body && !!a.closest(arguments[0]);",
                css));
    }

    /** Records a problem unless {@code ok}, so that one run reports everything found. */
    public Keyboard expect(boolean ok, String what) {
        if (!ok) {
            problems.add(browser.path() + ": expected " + what + "; focus is on " + focused());
        }
        return this;
    }

    /**
     * Waits a moment (at most 2 s) for focus to arrive on what the selector names, as it does after
     * a dialog closes or an update is drawn; a miss is a problem.
     */
    public Keyboard awaitOn(String css, String what) {
        try {
            browser.await(Duration.ofSeconds(2)).until(d -> on(css));
        } catch (org.openqa.selenium.TimeoutException e) {
            expect(false, what);
        }
        return this;
    }

    /** The id of what has focus. */
    public String focused() {
        return String.valueOf(js("return document.activeElement ? document.activeElement.id : null;"));
    }

    /** Types into what has focus. */
    public Keyboard type(CharSequence... keys) {
        new Actions(browser.driver()).sendKeys(keys).perform();
        return this;
    }

    /** Presses a key on what has focus, and waits for any ajax it started. */
    public Keyboard press(CharSequence key) {
        new Actions(browser.driver()).sendKeys(key).perform();
        awaitAjax();
        return this;
    }

    /** Presses Enter on a button or link that loads a new page, and waits for it. */
    public Keyboard enterAndLoad() {
        Object before = js("return document.documentElement;");
        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
        browser.await(Duration.ofSeconds(15)).until(d -> {
            try {
                return !Boolean.TRUE.equals(js("return arguments[0].isConnected;", before))
                        && "complete".equals(js("return document.readyState;"));
            } catch (org.openqa.selenium.WebDriverException e) {
                return true;
            }
        });
        last = null;
        return this;
    }

    /** Checks where focus is now, as a stop of its own (after a page load or an ajax update). */
    public Keyboard here() {
        check(false);
        return this;
    }

    /** Starts the order check afresh, e.g. after focus moved on purpose. */
    public Keyboard reset() {
        last = null;
        return this;
    }

    private void check(boolean ordered) {
        Map<?, ?> stop = (Map<?, ?>) js(STOP);
        Object problem = stop.get("problem");
        if (problem != null) {
            problems.add(browser.path() + ": " + problem);
        }
        if (ordered && last != null && stop.get("top") != null && last.get("top") != null) {
            double top = ((Number) stop.get("top")).doubleValue();
            double before = ((Number) last.get("top")).doubleValue();
            // Within one region focus moves down the page (or along a line); 8 px for uneven boxes.
            boolean round = Boolean.TRUE.equals(last.get("last")) || Boolean.TRUE.equals(stop.get("first"));
            if (stop.get("region").equals(last.get("region")) && top < before - 8 && !round) {
                problems.add(
                        browser.path() + ": Tab went up the page from " + last.get("name") + " to " + stop.get("name"));
            }
        }
        last = stop.get("top") == null ? last : stop;
    }

    private void awaitAjax() {
        browser.await(Duration.ofSeconds(10))
                .until(d -> Boolean.TRUE.equals(js("return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty();")));
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser.driver()).executeScript(script, args);
    }
}
