package org.bodywork.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Staff accounts for admins: deactivating one ends its sessions and tokens (StaffAccess and MfaService refuse anyone else). */
@Path("admin/accounts/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class AdminAccountResource {

    /** An account's standing after the change. */
    public record Standing(long id, String email, boolean active) {}

    @Inject
    StaffAccess staff;

    @Inject
    MfaService mfa;

    @POST
    @Path("deactivate")
    @Operation(summary = "Deactivate a therapist's or admin's account: no sign-in, its sessions and tokens end")
    public Standing deactivate(@PathParam("id") long id) {
        return standing(staff.deactivate(id));
    }

    @POST
    @Path("reactivate")
    @Operation(summary = "Let a deactivated therapist or admin sign in again (old sessions and tokens stay ended)")
    public Standing reactivate(@PathParam("id") long id) {
        return standing(staff.reactivate(id));
    }

    @POST
    @Path("reset-two-step")
    @Operation(
            summary = "Reset the two-step sign-in of someone who lost their authenticator and codes:"
                    + " their sessions and tokens end, and they set it up again")
    public Standing resetTwoStep(@PathParam("id") long id) {
        return standing(mfa.resetFor(id));
    }

    private static Standing standing(Account a) {
        return new Standing(a.getId(), a.getEmail(), a.isActive());
    }
}
