package org.bodywork.booking;

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
import java.util.List;
import org.bodywork.screening.Technique;
import org.bodywork.shared.BusinessException;
import org.bodywork.shared.Dates;
import org.bodywork.shared.Words;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The practice's menu (public), kept by admins, and free slots for a service with any therapist. */
@Path("services")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ServiceResource {

    /** A service as listed and as an admin sends it; price in pence. */
    public record ServiceView(
            Long id,
            String name,
            String technique,
            Integer minutes,
            Integer pricePence,
            Integer bufferMinutes,
            Boolean active) {

        static ServiceView of(Service s) {
            return new ServiceView(
                    s.getId(),
                    s.getName(),
                    s.getTechnique().name(),
                    s.getMinutes(),
                    s.getPricePence(),
                    s.getBufferMinutes(),
                    s.isActive());
        }

        NewService request() {
            Technique t;
            try {
                t = technique == null ? null : Technique.valueOf(technique.strip());
            } catch (IllegalArgumentException e) {
                throw BusinessException.invalid("technique", Words.text("booking.choose-one-of-swedish-deep"));
            }
            return new NewService(
                    name,
                    t,
                    minutes == null ? 0 : minutes,
                    pricePence == null ? -1 : pricePence,
                    bufferMinutes == null ? 0 : bufferMinutes,
                    active == null || active);
        }
    }

    /** A free slot and whose it is. */
    public record OfferView(long therapistId, String therapistName, java.time.Instant start, java.time.Instant end) {}

    @Inject
    Menu menu;

    @Inject
    Availability availability;

    @GET
    @Operation(summary = "The services clients can book; no sign-in needed")
    public List<ServiceView> services() {
        return menu.services().stream().map(ServiceView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "basic")
    @Operation(summary = "Adds a service (admins)")
    @APIResponse(responseCode = "201", description = "Added")
    @APIResponse(responseCode = "400", description = "A field is missing or wrong; the error names it")
    @APIResponse(responseCode = "409", description = "A service with that name exists")
    public Response add(ServiceView body) {
        if (body == null) {
            throw BusinessException.invalid("name", Words.text("booking.send-the-service-as-json"));
        }
        return Response.status(201)
                .entity(ServiceView.of(menu.saveService(null, body.request())))
                .build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "basic")
    @Operation(summary = "Changes a service, or retires it with active false (admins)")
    public ServiceView change(@PathParam("id") long id, ServiceView body) {
        if (body == null) {
            throw BusinessException.invalid("name", Words.text("booking.send-the-service-as-json"));
        }
        return ServiceView.of(menu.saveService(id, body.request()));
    }

    @GET
    @Path("{id}/availability")
    @Operation(summary = "Free slots for a service with any bookable therapist, earliest first; no sign-in needed")
    @APIResponse(responseCode = "400", description = "Missing or malformed dates, or more than 62 days")
    @APIResponse(responseCode = "404", description = "No such service on the menu")
    public List<OfferView> availability(
            @PathParam("id") long id, @QueryParam("from") String from, @QueryParam("to") String to) {
        return availability.anyAvailability(id, Dates.day(from, "from"), Dates.day(to, "to")).stream()
                .map(o -> new OfferView(
                        o.therapistId(),
                        o.therapistName(),
                        o.slot().start(),
                        o.slot().end()))
                .toList();
    }
}
