package org.bodywork.notes;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.bodywork.shared.BusinessException;
import org.bodywork.shared.Practice;

/**
 * {@code /notes/pdf?id=} (one note) or {@code /notes/pdf?client=} (a client's whole record), for the
 * pages' download links; the same rules and audit as the API.
 */
@WebServlet("/notes/pdf")
public class NotePdfServlet extends HttpServlet {

    @Inject
    NoteService notes;

    @Inject
    Practice practice;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            byte[] pdf;
            String name;
            if (request.getParameter("client") != null) {
                long clientId = Long.parseLong(request.getParameter("client"));
                NoteService.ClientNotes record = notes.notesOf(clientId);
                notes.exported(
                        clientId,
                        record.notes().stream().map(v -> v.note().getId()).toList());
                pdf = new NotePdf(practice.zone())
                        .record(record.client().getName(), record.notes(), record.keepUntil());
                name = "session-notes-" + clientId + ".pdf";
            } else {
                long id = Long.parseLong(request.getParameter("id"));
                NoteService.NoteView v = notes.note(id);
                notes.exported(v.note().getClientId(), List.of(id));
                pdf = new NotePdf(practice.zone()).record(v.clientName(), List.of(v), null);
                name = "session-note-" + id + ".pdf";
            }
            response.setContentType("application/pdf");
            response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setContentLength(pdf.length);
            response.getOutputStream().write(pdf);
        } catch (NumberFormatException | BusinessException e) {
            response.sendError(404);
        } catch (EJBAccessException e) {
            response.sendError(403);
        }
    }
}
