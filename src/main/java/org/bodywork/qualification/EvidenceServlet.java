package org.bodywork.qualification;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.bodywork.shared.BusinessException;
import org.bodywork.shared.Download;

/** {@code /files/evidence?id=}: an evidence file for the pages, to its therapist or an admin. */
@WebServlet("/files/evidence")
public class EvidenceServlet extends HttpServlet {

    @Inject
    TherapistRecords service;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        EvidenceFile file;
        try {
            file = service.evidence(Long.parseLong(request.getParameter("id")));
        } catch (NumberFormatException | BusinessException e) {
            response.sendError(404);
            return;
        }
        Download.send(response, file.getName(), file.getMediaType(), file.bytes());
    }
}
