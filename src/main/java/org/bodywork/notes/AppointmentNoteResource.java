package org.bodywork.notes;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Starting the note of an appointment. */
@Path("appointments/{id}/note")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class AppointmentNoteResource {

    @Inject
    NoteWriting notes;

    @POST
    @Operation(summary = "Creates the draft note of a session that has taken place (its therapist only)")
    @APIResponse(responseCode = "201", description = "The draft, opened with the client's screening for the day")
    @APIResponse(responseCode = "409", description = "note_exists")
    @APIResponse(responseCode = "422", description = "not_attended: not started yet, cancelled or missed")
    public Response start(@PathParam("id") long appointmentId) {
        SessionNote n = notes.start(appointmentId);
        return Response.created(URI.create("notes/" + n.getId()))
                .entity(NoteResource.NoteView.of(n, List.of()))
                .build();
    }
}
