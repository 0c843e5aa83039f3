package org.bodywork.intake;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.bodywork.shared.BusinessException;
import org.bodywork.shared.Download;

/** {@code /therapist/letter?id=}: a clearance letter, for a therapist who looks after its client. */
@WebServlet("/therapist/letter")
public class LetterServlet extends HttpServlet {

    @Inject
    CareRecords intakes;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(request.getParameter("id"));
        } catch (NumberFormatException e) {
            response.sendError(404);
            return;
        }
        CareRecords.Letter letter;
        try {
            letter = intakes.letter(id);
        } catch (BusinessException e) {
            response.sendError(404);
            return;
        }
        Download.send(response, letter.name(), letter.mediaType(), letter.bytes());
    }
}
