package org.bodywork.privacy;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** {@code /client/export}: the signed-in client's data as a ZIP (the folder's constraint: clients only). */
@WebServlet("/client/export")
public class ExportServlet extends HttpServlet {

    @Inject
    SubjectAccessService exports;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SubjectAccessService.Export export = exports.mine();
        response.setContentType("application/zip");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + export.name() + "\"");
        response.setContentLength(export.zip().length);
        response.getOutputStream().write(export.zip());
    }
}
