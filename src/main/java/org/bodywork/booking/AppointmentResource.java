package org.bodywork.booking;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.bodywork.shared.BusinessException;
import org.bodywork.shared.Dates;
import org.bodywork.shared.Practice;
import org.bodywork.shared.Words;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * Appointments: clients book and see their own; therapists see their diary; both, and admins, cancel
 * and move them within the practice's rules. Refusals answer 422 with a code and a plain message.
 */
@Path("appointments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class AppointmentResource {

    /** A booking request. */
    public record BookingBody(Long therapistId, Long serviceId, String start) {}

    /** A move. */
    public record RescheduleBody(String start) {}

    /** A cancellation, with an optional reason. */
    public record CancelBody(String reason) {}

    /** An appointment as the API shows it. */
    public record AppointmentView(
            long id,
            long therapistId,
            long clientId,
            long serviceId,
            String technique,
            Instant start,
            Instant end,
            String status) {

        static AppointmentView of(Appointment a) {
            return new AppointmentView(
                    a.getId(),
                    a.getTherapistId(),
                    a.getClientId(),
                    a.getServiceId(),
                    a.getTechnique().name(),
                    a.getStartsAt(),
                    a.getEndsAt(),
                    a.getStatus().name());
        }
    }

    /** One line of an appointment's history. */
    public record ChangeView(
            Instant at,
            String by,
            String kind,
            String fromStatus,
            String toStatus,
            Instant fromStart,
            Instant toStart,
            String reason) {}

    @Inject
    BookingService booking;

    @Inject
    Appointments appointments;

    @Inject
    Practice practice;

    @Context
    SecurityContext security;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Books the signed-in client into a free slot")
    @APIResponse(responseCode = "201", description = "Booked")
    @APIResponse(responseCode = "400", description = "Malformed input, or a start that is not a slot")
    @APIResponse(
            responseCode = "409",
            description = "slot_taken: the slot is no longer free; client_busy: you have another appointment then")
    @APIResponse(
            responseCode = "422",
            description = "screening_blocked, technique_not_allowed, no_intake, intake_out_of_date or"
                    + " therapist_not_bookable, with a plain message saying what to do")
    public Response book(BookingBody body) {
        if (security.getUserPrincipal() == null) {
            throw new NotAuthorizedException("Basic");
        }
        if (body == null || body.therapistId() == null) {
            throw BusinessException.invalid("therapistId", Words.text("booking.give-therapistid-the-number-of"));
        }
        if (body.serviceId() == null) {
            throw BusinessException.invalid("serviceId", Words.text("booking.give-serviceid-the-number-of"));
        }
        Appointment a = booking.book(body.therapistId(), body.serviceId(), Dates.instant(body.start(), "start"));
        return Response.created(URI.create("appointments/" + a.getId()))
                .entity(AppointmentView.of(a))
                .build();
    }

    @GET
    @Operation(
            summary = "Your appointments (clients), your diary (therapists) or everyone's (admins)",
            description = "from and to are days in the practice's time zone, both included;"
                    + " by default 30 days back to 90 days ahead.")
    public List<AppointmentView> list(@QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate today = practice.today();
        LocalDate first = from == null ? today.minusDays(30) : Dates.day(from, "from");
        LocalDate last = to == null ? today.plusDays(90) : Dates.day(to, "to");
        if (last.isBefore(first)) {
            throw BusinessException.invalid("to", Words.text("booking.the-range-must-end-on"));
        }
        return appointments
                .appointments(
                        first.atStartOfDay(practice.zone()).toInstant(),
                        last.plusDays(1).atStartOfDay(practice.zone()).toInstant())
                .stream()
                .map(AppointmentView::of)
                .toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One of your appointments")
    @APIResponse(responseCode = "404", description = "Not one of yours")
    public AppointmentView one(@PathParam("id") long id) {
        return AppointmentView.of(appointments.appointment(id));
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "Every change to one of your appointments: who, when, from what to what")
    public List<ChangeView> history(@PathParam("id") long id) {
        return appointments.history(id).stream()
                .map(c -> new ChangeView(
                        c.getAt(),
                        c.getChangedBy(),
                        c.getKind().name(),
                        c.getFromStatus() == null ? null : c.getFromStatus().name(),
                        c.getToStatus().name(),
                        c.getFromStart(),
                        c.getToStart(),
                        c.getReason()))
                .toList();
    }

    @POST
    @Path("{id}/cancel")
    @Operation(
            summary = "Cancels an appointment",
            description = "Clients may cancel until the practice's cut-off (24 hours by default); after it only"
                    + " the therapist or an admin can, and it is recorded as LATE_CANCELLED.")
    @APIResponse(responseCode = "422", description = "past_cutoff or already_started")
    @APIResponse(responseCode = "409", description = "not_booked: already cancelled or closed")
    public AppointmentView cancel(@PathParam("id") long id, CancelBody body) {
        return AppointmentView.of(booking.cancel(id, body == null ? null : body.reason()));
    }

    @POST
    @Path("{id}/reschedule")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Moves an appointment to another free slot of the same therapist and service")
    @APIResponse(responseCode = "400", description = "A start that is not a slot")
    @APIResponse(responseCode = "409", description = "slot_taken")
    @APIResponse(responseCode = "422", description = "past_cutoff, or a screening or bookability refusal")
    public AppointmentView reschedule(@PathParam("id") long id, RescheduleBody body) {
        return AppointmentView.of(booking.reschedule(id, Dates.instant(body == null ? null : body.start(), "start")));
    }

    @POST
    @Path("{id}/no-show")
    @Operation(summary = "Marks that the client did not come (the therapist or an admin, once it has started)")
    public AppointmentView noShow(@PathParam("id") long id) {
        return AppointmentView.of(booking.markNoShow(id));
    }
}
