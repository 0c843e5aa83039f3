package org.bodywork.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.bodywork.shared.ClientAddress;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** API tokens: the way into the API for an account with two-step sign-in. */
@Path("tokens")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TokenResource {

    @Inject
    ApiTokens tokens;

    @Context
    HttpServletRequest request;

    /** Who one is, as on the sign-in page, and a name to tell the token by. */
    public record NewToken(String email, String password, String code, String name) {}

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Makes an API token, valid 90 days: e-mail, password and, with two-step sign-in, the app's"
                    + " code or a recovery code. Send it as \"Authorization: Bearer <token>\"; it is shown only now")
    @APIResponse(responseCode = "201", description = "Made; the body holds the token")
    @APIResponse(responseCode = "400", description = "No name, or one too long")
    @APIResponse(responseCode = "401", description = "The e-mail, password or code is wrong")
    @APIResponse(responseCode = "429", description = "Too many wrong attempts; try again later")
    public Response issue(NewToken body) {
        NewToken b = body == null ? new NewToken(null, null, null, null) : body;
        return tokens.issue(b.email(), b.password(), b.code(), b.name(), ClientAddress.of(request))
                .map(t -> Response.status(201).entity(t).build())
                .orElseThrow(() -> new NotAuthorizedException("Bearer realm=\"Bodywork\""));
    }

    @GET
    @Operation(summary = "The signed-in account's API tokens, without their secrets")
    @SecurityRequirement(name = "basic")
    public List<ApiTokens.View> mine() {
        signedIn();
        return tokens.mine();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Revokes one of the signed-in account's API tokens")
    @SecurityRequirement(name = "basic")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(responseCode = "404", description = "The account has no such token")
    public Response revoke(@PathParam("id") long id) {
        signedIn();
        tokens.revoke(id);
        return Response.noContent().build();
    }

    private void signedIn() {
        if (request.getUserPrincipal() == null) {
            throw new NotAuthorizedException("Bearer realm=\"Bodywork\"");
        }
    }
}
