package org.bodywork.booking;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.DayOfWeek;
import java.util.List;
import org.bodywork.shared.BusinessException;
import org.bodywork.shared.Words;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** A therapist's working week: ranges and breaks on the practice's wall clock. */
@Path("therapists/me/hours")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class HoursResource {

    /** One range: day MONDAY..SUNDAY, start and end as HH:MM, and whether it is a break. */
    public record RangeBody(String day, String start, String end, Boolean isBreak) {}

    @Inject
    TherapistHours hours;

    @GET
    @Operation(summary = "Your working week (therapists)")
    public List<RangeBody> week() {
        return hours.myWeek().stream()
                .map(r -> new RangeBody(
                        r.day().name(),
                        r.hours().start().toString(),
                        r.hours().end().toString(),
                        r.isBreak()))
                .toList();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replaces your working week (therapists); booked appointments are kept")
    @APIResponse(
            responseCode = "400",
            description = "A day or time that cannot be read, or a range that ends before it starts")
    public List<RangeBody> save(List<RangeBody> body) {
        if (body == null) {
            throw BusinessException.invalid("day", Words.text("booking.send-your-week-as-a"));
        }
        hours.saveMyWeek(body.stream()
                .map(r -> WeekRange.of(day(r.day()), r.start(), r.end(), Boolean.TRUE.equals(r.isBreak())))
                .toList());
        return week();
    }

    private static DayOfWeek day(String day) {
        try {
            return day == null ? null : DayOfWeek.valueOf(day.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw BusinessException.invalid("day", Words.text("booking.days-are-monday-to-sunday"));
        }
    }
}
