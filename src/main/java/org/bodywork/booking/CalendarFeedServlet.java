package org.bodywork.booking;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code /calendar/<token>.ics}: a therapist's diary for their calendar app to subscribe to. No
 * sign-in (calendar apps cannot); an unknown or replaced token, or none, is a plain 404.
 */
@WebServlet("/calendar/*")
public class CalendarFeedServlet extends HttpServlet {

    @Inject
    CalendarFeeds feeds;

    @Inject
    @ConfigProperty(name = "bodywork.practice-name", defaultValue = "Bodywork")
    String practiceName;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        Optional<String> ics = path == null || !path.endsWith(".ics") || path.length() < 6
                ? Optional.empty()
                : feeds.feed(path.substring(1, path.length() - 4), practiceName);
        if (ics.isEmpty()) {
            response.sendError(404);
            return;
        }
        byte[] bytes = ics.get().getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/calendar; charset=UTF-8");
        response.setHeader("Cache-Control", "private, max-age=300");
        response.setHeader("X-Robots-Tag", "noindex");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
