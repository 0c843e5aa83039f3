package org.bodywork.notes;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.bodywork.shared.BusinessException;

/**
 * {@code /notes/pdf?id=} (one note) or {@code /notes/pdf?client=} (a client's whole record), for the
 * pages' download links; the same rules and audit as the API.
 */
@WebServlet("/notes/pdf")
public class NotePdfServlet extends HttpServlet {

    @Inject
    NoteReading notes;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            PdfFile pdf = request.getParameter("client") != null
                    ? notes.recordPdf(Long.parseLong(request.getParameter("client")))
                    : notes.notePdf(Long.parseLong(request.getParameter("id")));
            response.setContentType("application/pdf");
            response.setHeader("Content-Disposition", "attachment; filename=\"" + pdf.name() + "\"");
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setContentLength(pdf.bytes().length);
            response.getOutputStream().write(pdf.bytes());
        } catch (NumberFormatException | BusinessException e) {
            response.sendError(404);
        } catch (EJBAccessException e) {
            response.sendError(403);
        }
    }
}
