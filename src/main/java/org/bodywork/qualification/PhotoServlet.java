package org.bodywork.qualification;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.bodywork.shared.Download;

/** {@code /photos?id=}: the public photo of a therapist listed in the directory. */
@WebServlet("/photos")
public class PhotoServlet extends HttpServlet {

    @Inject
    Directory service;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Directory.Photo> photo;
        try {
            photo = service.photo(Long.parseLong(request.getParameter("id")));
        } catch (NumberFormatException e) {
            photo = Optional.empty();
        }
        if (photo.isEmpty()) {
            response.sendError(404);
            return;
        }
        Download.send(response, null, photo.get().mediaType(), photo.get().bytes());
    }
}
