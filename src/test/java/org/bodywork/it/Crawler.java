package org.bodywork.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Opens every page a person can reach by following same-site links, as a newcomer clicking around
 * would, and notes what went wrong: a status other than 200, an error page, or a page slower than
 * the limit. Requests carry the cookies of a session signed in elsewhere (through the sign-in page).
 *
 * <pre>
 * Crawler crawl = new Crawler(base, "JSESSIONID=…", Duration.ofSeconds(2)).from("/client/");
 * assertEquals(List.of(), crawl.problems());
 * </pre>
 */
public final class Crawler {

    private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");
    /** Page titles of the error pages (messages.properties), whatever status they came with. */
    private static final List<String> ERROR_TITLES =
            List.of("Something went wrong", "Page not found", "You cannot open this page", "Your page expired");
    /** A diary's "next week" leads on for ever: a few of each page are enough. */
    private static final int PER_PATH = 4;

    private static final int MAX_PAGES = 300;

    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final URI base;
    private final String cookies;
    private final Duration limit;
    private final List<String> pages = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private Duration slowest = Duration.ZERO;

    public Crawler(URI base, String cookies, Duration limit) {
        this.base = base;
        this.cookies = cookies;
        this.limit = limit;
    }

    /** Crawls from the given paths (each starting with a slash); answers this crawler, with its findings. */
    public Crawler from(String... start) {
        Deque<String> queue = new ArrayDeque<>(List.of(start));
        Set<String> seen = new HashSet<>();
        Map<String, Integer> perPath = new HashMap<>();
        while (!queue.isEmpty() && pages.size() < MAX_PAGES) {
            String path = queue.poll();
            if (!seen.add(path) || perPath.merge(path.replaceFirst("\\?.*", ""), 1, Integer::sum) > PER_PATH) {
                continue;
            }
            visit(path, queue);
        }
        return this;
    }

    private void visit(String path, Deque<String> queue) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(base.resolve(path.substring(1))).timeout(Duration.ofSeconds(30));
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies);
        }
        long start = System.nanoTime();
        HttpResponse<String> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            problems.add(path + ": " + e);
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        pages.add(path);
        if (took.compareTo(slowest) > 0) {
            slowest = took;
        }
        if (took.compareTo(limit) > 0) {
            problems.add(path + ": took " + took.toMillis() + " ms");
        }
        int status = response.statusCode();
        if (status == 301 || status == 302 || status == 303 || status == 307) {
            response.headers()
                    .firstValue("Location")
                    .flatMap(l -> local(path, l))
                    .ifPresent(queue::add);
            return;
        }
        if (status != 200) {
            problems.add(path + ": HTTP " + status);
        }
        if (!response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
            return;
        }
        String body = response.body();
        ERROR_TITLES.stream()
                .filter(t -> body.contains("<title>" + t) || body.contains("<h1>" + t))
                .forEach(t -> problems.add(path + ": error page \"" + t + "\""));
        Matcher href = HREF.matcher(body);
        while (href.find()) {
            local(path, href.group(1).replace("&amp;", "&")).ifPresent(queue::add);
        }
    }

    /** The link as a path on this site, if it is a page of this site. */
    private java.util.Optional<String> local(String from, String link) {
        if (link.isEmpty() || link.startsWith("#") || link.startsWith("mailto:") || link.startsWith("tel:")) {
            return java.util.Optional.empty();
        }
        URI target;
        try {
            target = base.resolve(from.substring(1)).resolve(link);
        } catch (IllegalArgumentException e) {
            problems.add(from + ": a link that is no address: " + link);
            return java.util.Optional.empty();
        }
        if (!base.getAuthority().equals(target.getAuthority())
                || target.getRawPath() == null
                || !target.getRawPath().startsWith(base.getRawPath())) {
            return java.util.Optional.empty();
        }
        String path = "/" + target.getRawPath().substring(base.getRawPath().length());
        // Style sheets, scripts and images are not pages.
        if (path.contains("/jakarta.faces.resource/") || path.matches(".*\\.(css|js|png|svg|ico|woff2?)$")) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(target.getRawQuery() == null ? path : path + "?" + target.getRawQuery());
    }

    /** The paths opened, in order. */
    public List<String> pages() {
        return List.copyOf(pages);
    }

    /** What went wrong, one line each; empty when every page opened well. */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    public Duration slowest() {
        return slowest;
    }
}
