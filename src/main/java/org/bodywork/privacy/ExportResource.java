package org.bodywork.privacy;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** A client's copy of their data (SubjectAccessService refuses anyone but clients). */
@Path("me/export")
@RequestScoped
@SecurityRequirement(name = "basic")
public class ExportResource {

    @Inject
    SubjectAccessService exports;

    @GET
    @Produces("application/zip")
    @Operation(summary = "Everything held about the signed-in client, as a ZIP of JSON files and the notes' PDF")
    public Response mine() {
        SubjectAccessService.Export export = exports.mine();
        return Response.ok(export.zip())
                .header("Content-Disposition", "attachment; filename=\"" + export.name() + "\"")
                .build();
    }
}
