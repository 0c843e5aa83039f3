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

    /** The signed-in account as the API shows it; it may book once its address is confirmed. */
    public record Me(long id, String email, List<String> roles, boolean emailConfirmed) {

        static Me of(Account a) {
            return new Me(
                    a.getId(), a.getEmail(), a.roleNames().stream().sorted().toList(), a.isEmailConfirmed());
        }
    }

    /** The body of a registration. */
    public record Registration(String email, String password, String name) {}

    /** The same answer to every registration, whether the address had an account or not. */
    public record Registered(String status, String message) {}

    /** The token of a confirmation link. */
    public record Confirmation(String token) {}

    @Inject
    AccountService accounts;

    @Context
    SecurityContext security;

    @Context
    jakarta.servlet.http.HttpServletRequest request;

    @Inject
    Registrations registrations;

    @Inject
    EmailConfirmations confirmations;

    @Inject
    SignUp signUp;

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
        Account account = accounts.findByEmail(email).orElseThrow();
        return new Me(account.getId(), email, roles, account.isEmailConfirmed());
    }

    @POST
    @Path("accounts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Register a client account",
            description = "The address is e-mailed a link that confirms it (POST accounts/confirmation);"
                    + " the account signs in at once, and books once confirmed. An address with an account"
                    + " already gets the same answer, and its owner an e-mail saying so.")
    @APIResponse(responseCode = "202", description = "Registered, or the address had an account: see the e-mail")
    @APIResponse(responseCode = "400", description = "A field is missing or wrong; the error names it")
    @APIResponse(responseCode = "429", description = "Too many new accounts from this address within the hour")
    public Response register(Registration body) {
        registrations.allow(org.bodywork.shared.ClientAddress.of(request));
        if (body == null) {
            throw BusinessException.invalid("body", Words.text("identity.send-the-e-mail-address"));
        }
        signUp.registerClient(new NewAccount(body.name(), body.email(), body.password()));
        return Response.accepted(new Registered(
                        "check_your_email",
                        Words.text("identity.we-have-sent-a-message-to", Email.normalize(body.email()))))
                .build();
    }

    @POST
    @Path("accounts/confirmation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Confirm an account's e-mail address with the token of the link sent to it")
    @APIResponse(responseCode = "200", description = "Confirmed; the body is the account")
    @APIResponse(responseCode = "400", description = "The token is unknown, used already, or older than 48 hours")
    public Me confirm(Confirmation body) {
        Account account = confirmations
                .confirm(body == null ? null : body.token())
                .orElseThrow(() -> BusinessException.invalid("token", Words.text("identity.that-link-does-not-work")));
        return Me.of(account);
    }

    @POST
    @Path("me/confirmation")
    @Operation(summary = "Send the link that confirms the signed-in account's e-mail address again")
    @SecurityRequirement(name = "basic")
    @APIResponse(responseCode = "202", description = "Sent, unless the address is confirmed already")
    public Response resendConfirmation() {
        confirmations.resend();
        return Response.accepted().build();
    }

    /**
     * A client's choices: reminders (confirmations cannot be turned off), and whether every
     * therapist in their care may read their signed notes, not only each note's author.
     */
    public record Preferences(Boolean reminders, Boolean sharesNotes) {}

    @GET
    @Path("me/preferences")
    @Operation(summary = "The signed-in client's reminders and sharing of notes")
    @SecurityRequirement(name = "basic")
    public Preferences preferences() {
        if (security.getUserPrincipal() == null) {
            throw new NotAuthorizedException("Basic realm=\"Bodywork\"");
        }
        Account me = accounts.findByEmail(security.getUserPrincipal().getName()).orElseThrow();
        return new Preferences(me.isReminders(), me.isSharesNotes());
    }

    @PUT
    @Path("me/preferences")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Turns reminders (confirmations are always sent) or the sharing of notes with every"
                    + " therapist in the client's care on or off; a field left out is kept")
    @SecurityRequirement(name = "basic")
    public Preferences setPreferences(Preferences body) {
        if (security.getUserPrincipal() == null) {
            throw new NotAuthorizedException("Basic realm=\"Bodywork\"");
        }
        // Clients only: AccountService.setMyPreferences refuses anyone else (403).
        if (body == null || (body.reminders() == null && body.sharesNotes() == null)) {
            throw BusinessException.invalid("reminders", Words.text("identity.say-whether-you-want-reminders"));
        }
        Account me = accounts.setMyPreferences(body.reminders(), body.sharesNotes());
        return new Preferences(me.isReminders(), me.isSharesNotes());
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
        return Me.of(a);
    }

    private void signedIn() {
        if (security.getUserPrincipal() == null) {
            throw new NotAuthorizedException("Basic realm=\"Bodywork\"");
        }
    }
}
