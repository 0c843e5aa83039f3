package org.bodywork.privacy;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Clients' erasure requests, for admins (Erasures refuses anyone else). */
@Path("admin/erasures")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class AdminErasureResource {

    @Inject
    Erasures erasures;

    @GET
    @Operation(summary = "Every erasure request, newest first, with its due day and whether it is overdue (admins)")
    public List<Erasures.Entry> all() {
        return erasures.all();
    }

    @POST
    @Path("{id}/carry-out")
    @Operation(summary = "Carries out a pending erasure request now (admins)")
    @APIResponse(responseCode = "404", description = "No such request")
    @APIResponse(responseCode = "409", description = "Already carried out")
    public Erasures.Entry carryOut(@PathParam("id") long id) {
        return erasures.carryOut(id);
    }

    @POST
    @Path("due")
    @Operation(
            summary = "Does now what the nightly erasure job would: requests past their grace days, holds past"
                    + " retention (admins)")
    public Map<String, Integer> settleDue() {
        return Map.of("done", erasures.settleDue());
    }
}
