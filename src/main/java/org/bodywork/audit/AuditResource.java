package org.bodywork.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.bodywork.shared.BusinessException;
import org.bodywork.shared.Dates;
import org.bodywork.shared.Words;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The audit log for admins (AuditService refuses anyone else). */
@Path("admin/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class AuditResource {

    @Inject
    AuditService audit;

    @GET
    @Operation(
            summary = "Searches the audit log: person (part of a name or e-mail), recordType, recordId, from and"
                    + " to (days; the last 30 by default, at most 366); newest first, at most 500")
    public List<AuditService.Entry> search(
            @QueryParam("person") String person,
            @QueryParam("recordType") String recordType,
            @QueryParam("recordId") String recordId,
            @QueryParam("from") String from,
            @QueryParam("to") String to) {
        return audit.search(new AuditService.Search(
                person,
                recordType,
                number(recordId),
                from == null ? null : Dates.day(from, "from"),
                to == null ? null : Dates.day(to, "to")));
    }

    private static Long number(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw BusinessException.invalid("recordId", Words.text("audit.give-recordid-as-a-whole"));
        }
    }
}
