package org.bodywork.notes;

import jakarta.ws.rs.core.Response;

/** How a PDF of health records leaves the server: as a download, never cached. */
final class NotePdfs {

    private NotePdfs() {}

    static Response attachment(PdfFile pdf) {
        return Response.ok(pdf.bytes(), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + pdf.name() + "\"")
                .header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
