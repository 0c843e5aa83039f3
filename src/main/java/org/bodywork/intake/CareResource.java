package org.bodywork.intake;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Admins end a therapist's care of a client (CareAssignments refuses anyone else). */
@Path("admin/clients/{client}/therapists/{therapist}")
@RequestScoped
@SecurityRequirement(name = "basic")
public class CareResource {

    @Inject
    CareAssignments care;

    @DELETE
    @Operation(
            summary =
                    "End a therapist's care of a client: their health forms and others' notes close to that therapist")
    public Response end(@PathParam("client") long client, @PathParam("therapist") long therapist) {
        care.end(therapist, client);
        return Response.noContent().build();
    }
}
