package org.bodywork.shared;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Sends an uploaded file back: its checked type, never sniffed by the browser, never cached. */
public final class Download {

    private Download() {}

    public static void send(HttpServletResponse response, String name, String mediaType, byte[] bytes)
            throws IOException {
        response.setContentType(mediaType);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "no-store");
        if (name != null) {
            response.setHeader("Content-Disposition", "inline; filename=\"" + name.replace("\"", "") + "\"");
        }
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
