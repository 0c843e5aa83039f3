package org.bodywork.notes;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.bodywork.screening.Area;
import org.bodywork.screening.Technique;
import org.bodywork.shared.BusinessException;
import org.bodywork.shared.Words;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * Session notes. The appointment's therapist writes, signs and amends; a therapist the client has
 * also booked with reads signed notes; the client reads their own signed notes; admins read none.
 */
@Path("notes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class NoteResource {

    /** An amendment as sent. */
    public record AmendmentBody(String text, String reason) {}

    /** An amendment as shown. */
    public record AmendmentView(long id, Instant at, String by, String text, String reason) {
        static AmendmentView of(Amendment a) {
            return new AmendmentView(a.getId(), a.getCreatedAt(), a.getByName(), a.getText(), a.getReason());
        }
    }

    /** A note as the API shows it. */
    public record NoteView(
            long id,
            long appointmentId,
            long therapistId,
            long clientId,
            LocalDate sessionOn,
            String status,
            String screeningOutcome,
            Set<Area> screeningAvoid,
            Set<Technique> screeningNotAllowed,
            String clientWords,
            Integer painBefore,
            String changesSince,
            Boolean healthChanged,
            String observations,
            String palpation,
            Set<Area> areas,
            Set<Technique> techniques,
            String pressure,
            Integer minutes,
            String response,
            Integer painAfter,
            String nextSteps,
            String frequency,
            String homeCare,
            String referral,
            Map<String, String> overrides,
            List<String> overridesNeeded,
            Instant signedAt,
            String signedBy,
            List<AmendmentView> amendments) {

        static NoteView of(SessionNote n, List<Amendment> amendments) {
            SoapContent c = n.getContent();
            return new NoteView(
                    n.getId(),
                    n.getAppointmentId(),
                    n.getTherapistId(),
                    n.getClientId(),
                    n.getSessionOn(),
                    n.isSigned() ? "SIGNED" : "DRAFT",
                    n.getScreeningOutcome() == null
                            ? null
                            : n.getScreeningOutcome().name(),
                    n.getScreeningAvoid(),
                    n.getScreeningNotAllowed(),
                    c.getClientWords(),
                    c.getPainBefore(),
                    c.getChangesSince(),
                    c.getHealthChanged(),
                    c.getObservations(),
                    c.getPalpation(),
                    c.getAreas(),
                    c.getTechniques(),
                    c.getPressure() == null ? null : c.getPressure().name(),
                    c.getMinutes(),
                    c.getResponse(),
                    c.getPainAfter(),
                    c.getNextSteps(),
                    c.getFrequency(),
                    c.getHomeCare(),
                    c.getReferral(),
                    n.getOverrides().stream()
                            .collect(Collectors.toMap(ScreeningOverride::key, ScreeningOverride::getReason)),
                    n.overridesNeeded(),
                    n.getSignedAt(),
                    n.getSignedName(),
                    amendments.stream().map(AmendmentView::of).toList());
        }
    }

    @Inject
    NoteReading notes;

    @Inject
    NoteWriting writing;

    @GET
    @Path("{id}")
    @Operation(summary = "A session note, with its amendments")
    @APIResponse(responseCode = "404", description = "no_note: none you may read has that number")
    public NoteView one(@PathParam("id") long id) {
        org.bodywork.notes.NoteView v = notes.note(id);
        return NoteView.of(v.note(), v.amendments());
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Saves a draft note; the whole content is replaced")
    @APIResponse(responseCode = "400", description = "A value no note could hold, e.g. pain of 11")
    @APIResponse(responseCode = "409", description = "note_signed: signed notes are only amended")
    public NoteView update(@PathParam("id") long id, NoteForm body) {
        if (body == null) {
            throw BusinessException.invalid("body", Words.text("notes.send-the-note-s-content"));
        }
        return NoteView.of(writing.update(id, body), List.of());
    }

    @POST
    @Path("{id}/sign")
    @Operation(summary = "Signs and locks the note")
    @APIResponse(
            responseCode = "422",
            description = "note_incomplete, or override_reason_needed when a technique or area the screening"
                    + " advised against has no reason")
    public NoteView sign(@PathParam("id") long id) {
        return NoteView.of(writing.sign(id), List.of());
    }

    @POST
    @Path("{id}/amendments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Adds an amendment to a signed note")
    @APIResponse(responseCode = "201", description = "Added")
    @APIResponse(responseCode = "409", description = "note_not_signed: change the draft instead")
    public Response amend(@PathParam("id") long id, AmendmentBody body) {
        if (body == null) {
            throw BusinessException.invalid("text", Words.text("notes.send-the-correction-s-text"));
        }
        Amendment a = writing.amend(id, body.text(), body.reason());
        return Response.created(URI.create("notes/" + id))
                .entity(AmendmentView.of(a))
                .build();
    }

    @GET
    @Path("{id}/pdf")
    @Produces("application/pdf")
    @Operation(summary = "The note as a PDF, with its signature and amendments")
    public Response pdf(@PathParam("id") long id) {
        return NotePdfs.attachment(notes.notePdf(id));
    }
}
