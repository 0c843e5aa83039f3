package org.bodywork.qualification;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.bodywork.screening.Technique;
import org.bodywork.shared.BusinessException;
import org.bodywork.shared.Words;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * The directory of bookable therapists (public), and a therapist's own qualifications and insurance.
 * Evidence is sent in a second call, the file's bytes as the body:
 * {@code PUT /therapists/me/qualifications/{id}/evidence/{file name}}.
 */
@Path("therapists")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class QualificationResource {

    /** A qualification as sent. */
    public record QualificationBody(
            String title,
            String awardingBody,
            String level,
            String ofqualNumber,
            LocalDate awardedOn,
            LocalDate expiresOn,
            List<String> techniques) {}

    /** An insurance policy as sent. */
    public record InsuranceBody(
            String insurer, String policyNumber, Long coverPounds, LocalDate validFrom, LocalDate validTo) {}

    @Inject
    TherapistRecords service;

    @Inject
    Directory directory;

    @Inject
    RecordViews views;

    @GET
    @Operation(summary = "Therapists bookable today, for a technique or any; no sign-in needed")
    @APIResponse(responseCode = "400", description = "An unknown technique")
    public List<Directory.Listing> directory(@QueryParam("technique") String technique) {
        return directory.directory(
                Optional.ofNullable(technique).filter(t -> !t.isBlank()).map(t -> technique(t, "technique")));
    }

    @GET
    @Path("me/qualifications")
    @SecurityRequirement(name = "basic")
    @Operation(summary = "Your qualifications and insurance, with their status and evidence files")
    public List<RecordView> mine() {
        Records records = service.mine();
        return views.of(records);
    }

    @POST
    @Path("me/qualifications")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "basic")
    @Operation(summary = "Add a qualification; it is PENDING until an admin verifies it")
    @APIResponse(responseCode = "201", description = "Added")
    @APIResponse(responseCode = "400", description = "A field is missing or wrong; the error names it")
    public Response addQualification(QualificationBody body) {
        Qualification q = service.addQualification(request(body));
        return Response.status(201).entity(views.of(q)).build();
    }

    @PUT
    @Path("me/qualifications/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "basic")
    @Operation(summary = "Change your qualification; a verified one becomes PENDING again")
    public RecordView changeQualification(@PathParam("id") long id, QualificationBody body) {
        return views.of(service.changeQualification(id, request(body)));
    }

    @POST
    @Path("me/insurance")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "basic")
    @Operation(summary = "Add an insurance policy; it is PENDING until an admin verifies it")
    @APIResponse(responseCode = "201", description = "Added")
    public Response addInsurance(InsuranceBody body) {
        if (body == null) {
            throw BusinessException.invalid("body", Words.text("qualification.send-the-policy-as-json"));
        }
        Insurance i = service.addInsurance(new NewInsurance(
                body.insurer(), body.policyNumber(), body.coverPounds(), body.validFrom(), body.validTo()));
        return Response.status(201).entity(views.of(i)).build();
    }

    @PUT
    @Path("me/{type: qualifications|insurance}/{id}/evidence/{name}")
    @Consumes(MediaType.WILDCARD)
    @SecurityRequirement(name = "basic")
    @Operation(summary = "Attach a file (PDF, JPEG or PNG, at most 10 MB) to your record; the body is the file")
    @APIResponse(responseCode = "201", description = "Attached")
    @APIResponse(responseCode = "400", description = "Empty, too large, not a PDF, JPEG or PNG, or one file too many")
    public Response attach(
            @PathParam("type") String type,
            @PathParam("id") long id,
            @PathParam("name") String name,
            java.io.InputStream body)
            throws java.io.IOException {
        String recordType = type.equals("insurance") ? VerifiedRecord.INSURANCE : VerifiedRecord.QUALIFICATION;
        // One byte past the limit at most, so a body of gigabytes is never held (issue 23, L4).
        byte[] bytes = body.readNBytes(TherapistRecords.MAX_EVIDENCE + 1);
        EvidenceFile file = service.attach(recordType, id, name, bytes);
        return Response.status(201)
                .entity(new EvidenceFile.Listed(file.getId(), file.getName(), file.getMediaType()))
                .build();
    }

    @GET
    @Path("evidence/{fileId}")
    @Produces(MediaType.WILDCARD)
    @SecurityRequirement(name = "basic")
    @Operation(summary = "An evidence file, for the therapist it belongs to or an admin")
    public Response evidence(@PathParam("fileId") long fileId) {
        EvidenceFile file = service.evidence(fileId);
        return Response.ok(file.bytes(), file.getMediaType())
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "no-store")
                .header(
                        "Content-Disposition",
                        "inline; filename=\"" + file.getName().replace("\"", "") + "\"")
                .build();
    }

    private static NewQualification request(QualificationBody body) {
        if (body == null) {
            throw BusinessException.invalid("body", Words.text("qualification.send-the-qualification-as-json"));
        }
        Set<Technique> techniques = EnumSet.noneOf(Technique.class);
        if (body.techniques() != null) {
            body.techniques().forEach(t -> techniques.add(technique(t, "techniques")));
        }
        return new NewQualification(
                body.title(),
                body.awardingBody(),
                body.level(),
                body.ofqualNumber(),
                body.awardedOn(),
                body.expiresOn(),
                techniques);
    }

    @GET
    @Path("me/expiring")
    @SecurityRequirement(name = "basic")
    @Operation(summary = "Your verified records that expire in the next 30 days")
    public List<RecordView> expiring() {
        return views.of(service.myExpiringSoon());
    }

    static Technique technique(String name, String field) {
        try {
            return Technique.valueOf(name);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw BusinessException.invalid(
                    field,
                    Words.text(
                            "qualification.unknown-technique-use-one-of",
                            String.valueOf(Arrays.stream(Technique.values())
                                    .map(Enum::name)
                                    .collect(Collectors.joining(", ")))));
        }
    }
}
