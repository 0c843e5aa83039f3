package org.bodywork.notes;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** A client's notes: for the client (signed ones) and for therapists they have booked with. */
@Path("clients/{id}/notes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class ClientNotesResource {

    @Inject
    NoteReading notes;

    @GET
    @Operation(summary = "A client's session notes, newest first")
    @APIResponse(responseCode = "404", description = "no_client: not a client whose notes you may read")
    public List<NoteResource.NoteView> list(@PathParam("id") long clientId) {
        return notes.notesOf(clientId).notes().stream()
                .map(v -> NoteResource.NoteView.of(v.note(), v.amendments()))
                .toList();
    }

    @GET
    @Path("pdf")
    @Produces("application/pdf")
    @Operation(summary = "A client's whole record of session notes as one PDF")
    public Response pdf(@PathParam("id") long clientId) {
        return NotePdfs.attachment(notes.recordPdf(clientId));
    }
}
