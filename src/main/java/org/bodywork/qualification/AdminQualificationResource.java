package org.bodywork.qualification;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.bodywork.shared.BusinessException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The admins' verification queue and decisions. */
@Path("admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class AdminQualificationResource {

    /**
     * A decision's body: the version of the record the admin looked at (as the queue lists it), and
     * for a rejection the reason.
     */
    public record Decision(Long version, String reason) {}

    @Inject
    Verification service;

    @Inject
    Expiries expiries;

    @Inject
    RecordViews views;

    @GET
    @Path("qualifications")
    @Operation(summary = "Qualifications and insurance with a status (PENDING by default), oldest first")
    public List<RecordView> queue(@QueryParam("status") String status) {
        RecordStatus wanted;
        try {
            wanted = status == null || status.isBlank() ? RecordStatus.PENDING : RecordStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw BusinessException.invalid("status", "Use PENDING, VERIFIED, REJECTED or EXPIRED.");
        }
        return views.of(service.withStatus(wanted));
    }

    @GET
    @Path("expiring")
    @Operation(summary = "Every verified record that expires in the next 30 days")
    public List<RecordView> expiring() {
        return views.of(service.expiringSoon());
    }

    /** How many warnings were written. */
    public record Warned(int warned) {}

    @POST
    @Path("expiring/notify")
    @Operation(summary = "Warns therapists of records ending within 30 days now (also done every night)")
    public Warned notifyExpiring() {
        return new Warned(expiries.warnExpiringNow());
    }

    /** How many records wait to be checked. */
    public record Waiting(int waiting) {}

    @POST
    @Path("digest")
    @Operation(
            summary = "Writes today's digest of records waiting to be checked to every admin, if not yet"
                    + " written (also done every night, sent from 07:00)")
    public Waiting digest() {
        return new Waiting(expiries.digestNow());
    }

    @POST
    @Path("{type: qualifications|insurance}/{id}/verify")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Verify a pending record at the version the admin looked at ({\"version\": n});"
                    + " a record changed since answers 409; the decision is recorded")
    public String verify(@PathParam("type") String type, @PathParam("id") long id, Decision body) {
        return status(service.verify(recordType(type), id, seen(body)));
    }

    @POST
    @Path("{type: qualifications|insurance}/{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Reject a pending record at the version the admin looked at, with a reason the"
                    + " therapist sees ({\"version\": n, \"reason\": \"...\"}); the decision is recorded")
    public String reject(@PathParam("type") String type, @PathParam("id") long id, Decision body) {
        return status(service.reject(recordType(type), id, seen(body), body == null ? null : body.reason()));
    }

    private static Long seen(Decision body) {
        return body == null ? null : body.version();
    }

    private static String recordType(String type) {
        return type.equals("insurance") ? VerifiedRecord.INSURANCE : VerifiedRecord.QUALIFICATION;
    }

    private static String status(VerifiedRecord record) {
        return jakarta.json.Json.createObjectBuilder()
                .add("id", record.getId())
                .add("status", record.getStatus().name())
                .build()
                .toString();
    }
}
