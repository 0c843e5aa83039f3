package org.bodywork.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.List;
import org.bodywork.shared.BusinessException;
import org.bodywork.shared.Words;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Who am I, and registering as a client. */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {

    /** The signed-in account as the API shows it. */
    public record Me(long id, String email, List<String> roles) {}

    /** The body of a registration. */
    public record Registration(String email, String password, String name) {}

    @Inject
    AccountService accounts;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    @Context
    jakarta.servlet.http.HttpServletRequest request;

    @Inject
    Registrations registrations;

    @GET
    @Path("me")
    @Operation(summary = "The signed-in account: number, e-mail and roles")
    @SecurityRequirement(name = "basic")
    @APIResponse(responseCode = "200", description = "The account")
    @APIResponse(responseCode = "401", description = "Not signed in, or a wrong e-mail or password")
    public Me me() {
        if (security.getUserPrincipal() == null) {
            throw new NotAuthorizedException("Basic realm=\"Bodywork\"");
        }
        List<String> roles = Arrays.stream(Role.values())
                .map(Role::name)
                .filter(security::isUserInRole)
                .toList();
        String email = security.getUserPrincipal().getName();
        return new Me(accounts.findByEmail(email).orElseThrow().getId(), email, roles);
    }

    @POST
    @Path("accounts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a client account")
    @APIResponse(responseCode = "201", description = "Registered; the body is the new account")
    @APIResponse(responseCode = "400", description = "A field is missing or wrong; the error names it")
    @APIResponse(responseCode = "409", description = "The e-mail address already has an account")
    @APIResponse(responseCode = "429", description = "Too many new accounts from this address within the hour")
    public Response register(Registration body) {
        registrations.allow(org.bodywork.shared.ClientAddress.of(request));
        if (body == null) {
            throw BusinessException.invalid("body", Words.text("identity.send-the-e-mail-address"));
        }
        Account account = accounts.registerClient(new NewAccount(body.name(), body.email(), body.password()));
        return Response.created(uri.getBaseUriBuilder().path("me").build())
                .entity(new Me(account.getId(), account.getEmail(), List.of(Role.CLIENT.name())))
                .build();
    }

    /** A client's choices about messages; confirmations cannot be turned off. */
    public record Preferences(Boolean reminders) {}

    @GET
    @Path("me/preferences")
    @Operation(summary = "The signed-in client's message preferences")
    @SecurityRequirement(name = "basic")
    public Preferences preferences() {
        if (security.getUserPrincipal() == null) {
            throw new NotAuthorizedException("Basic realm=\"Bodywork\"");
        }
        return new Preferences(accounts.findByEmail(security.getUserPrincipal().getName())
                .orElseThrow()
                .isReminders());
    }

    @PUT
    @Path("me/preferences")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Turns reminders before appointments on or off (confirmations are always sent)")
    @SecurityRequirement(name = "basic")
    public Preferences setPreferences(Preferences body) {
        if (security.getUserPrincipal() == null) {
            throw new NotAuthorizedException("Basic realm=\"Bodywork\"");
        }
        // Clients only: AccountService.setMyReminders refuses anyone else (403).
        if (body == null || body.reminders() == null) {
            throw BusinessException.invalid("reminders", Words.text("identity.say-whether-you-want-reminders"));
        }
        accounts.setMyReminders(body.reminders());
        return body;
    }

    /** The current password, to prove it is the account's owner, and the new one. */
    public record PasswordChange(String currentPassword, String newPassword) {}

    @PUT
    @Path("me/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Changes the password, after the current one; the account's sessions elsewhere end")
    @SecurityRequirement(name = "basic")
    @APIResponse(responseCode = "204", description = "Changed; sign in with the new password from now on")
    @APIResponse(responseCode = "400", description = "The current password is wrong, or the new one too weak")
    public Response changePassword(PasswordChange body) {
        signedIn();
        accounts.changeMyPassword(
                body == null ? null : body.currentPassword(), body == null ? null : body.newPassword());
        return Response.noContent().build();
    }

    /** The new address, and the password to prove it is the account's owner. */
    public record EmailChange(String email, String password) {}

    @PUT
    @Path("me/email")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Changes the e-mail address to sign in with, after the password; other sessions end")
    @SecurityRequirement(name = "basic")
    @APIResponse(responseCode = "200", description = "Changed; the body is the account")
    @APIResponse(responseCode = "400", description = "The password is wrong, or the address not one")
    @APIResponse(responseCode = "409", description = "Another account has that address")
    public Me changeEmail(EmailChange body) {
        signedIn();
        Account a = accounts.changeMyEmail(body == null ? null : body.password(), body == null ? null : body.email());
        return new Me(a.getId(), a.getEmail(), a.roleNames().stream().sorted().toList());
    }

    private void signedIn() {
        if (security.getUserPrincipal() == null) {
            throw new NotAuthorizedException("Basic realm=\"Bodywork\"");
        }
    }
}
