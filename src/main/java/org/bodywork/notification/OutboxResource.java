package org.bodywork.notification;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.bodywork.shared.BusinessException;
import org.bodywork.shared.Words;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The outbox, for admins (OutboxAdmin refuses anyone else): what went out, what waits, what is parked. */
@Path("admin/outbox")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class OutboxResource {

    /** A message as admins see it: to whom, what about and how delivery went; never the body. */
    public record MessageView(
            long id,
            String kind,
            String recipient,
            String subject,
            String status,
            int attempts,
            Instant createdAt,
            Instant notBefore,
            Instant sentAt,
            String lastError) {
        static MessageView of(OutboxMessage m) {
            return new MessageView(
                    m.getId(),
                    m.getKind(),
                    m.getRecipient(),
                    m.getSubject(),
                    m.getStatus().name(),
                    m.getAttempts(),
                    m.getCreatedAt(),
                    m.getNotBefore(),
                    m.getSentAt(),
                    m.getLastError());
        }
    }

    @Inject
    OutboxAdmin outbox;

    /** Only test servers may send "as if it were" another time: that is how tests drive the clock. */
    @Inject
    @ConfigProperty(name = "bodywork.clock.adjustable", defaultValue = "false")
    boolean adjustable;

    @GET
    @Operation(summary = "The latest 200 messages")
    public List<MessageView> latest() {
        return outbox.latest(200).stream().map(MessageView::of).toList();
    }

    @POST
    @Path("send")
    @Operation(summary = "Sends what is due now, without waiting for the timer")
    public SendRun.Result send(@QueryParam("at") String at) {
        Instant now = Instant.now();
        if (at != null) {
            if (!adjustable) {
                throw BusinessException.invalid("at", Words.text("notification.this-server-sends-at-the"));
            }
            try {
                now = Instant.parse(at);
            } catch (DateTimeParseException e) {
                throw BusinessException.invalid("at", Words.text("notification.give-the-time-as-an"));
            }
        }
        return outbox.sendNow(now);
    }

    @POST
    @Path("{id}/retry")
    @Operation(summary = "Sends a parked message again")
    public void retry(@PathParam("id") long id) {
        outbox.retry(id, Instant.now());
    }
}
