package org.bodywork.booking;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.bodywork.shared.BusinessException;
import org.bodywork.shared.Dates;
import org.bodywork.shared.Words;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** A therapist's free slots for a service (public). */
@Path("therapists/{id}/availability")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AvailabilityResource {

    @Inject
    Availability availability;

    @GET
    @Operation(
            summary = "A therapist's free slots for a service, as UTC instants; no sign-in needed",
            description = "from and to are days (YYYY-MM-DD) in the practice's time zone, both included;"
                    + " at most 62 days at a time.")
    @APIResponse(responseCode = "400", description = "Missing or malformed parameters, or more than 62 days")
    @APIResponse(responseCode = "404", description = "No such therapist or service")
    public List<Slots.Slot> availability(
            @PathParam("id") long therapistId,
            @QueryParam("serviceId") String serviceId,
            @QueryParam("from") String from,
            @QueryParam("to") String to) {
        long service;
        try {
            service = Long.parseLong(serviceId == null ? "" : serviceId.strip());
        } catch (NumberFormatException e) {
            throw BusinessException.invalid("serviceId", Words.text("booking.give-serviceid-the-number-of-2"));
        }
        return availability.availability(therapistId, service, Dates.day(from, "from"), Dates.day(to, "to"));
    }
}
