package org.bodywork.privacy;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** A client's erasure request (ErasureRequests refuses anyone but clients). */
@Path("me/erasure")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class ErasureResource {

    @Inject
    ErasureRequests erasures;

    /** The client's password again, since closing the account cannot be undone. */
    public record Confirmation(String password) {}

    @GET
    @Operation(
            summary = "The signed-in client's erasure request, or what asking now would keep: keepUntil is the last"
                    + " day clinical records must be kept, null when nothing would be")
    public ErasureRequests.Plan mine() {
        return erasures.mine();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "The signed-in client asks to be erased: appointments to come are cancelled and the account"
                    + " closed at once; the rest within a month")
    @APIResponse(responseCode = "202", description = "Asked; the body says what is kept, until when, and the due day")
    @APIResponse(responseCode = "400", description = "The password is wrong or missing")
    @APIResponse(responseCode = "409", description = "Already asked")
    public Response request(Confirmation body) {
        return Response.accepted(erasures.request(body == null ? null : body.password()))
                .build();
    }
}
