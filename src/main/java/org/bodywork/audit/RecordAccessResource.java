package org.bodywork.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** A client's view of who has opened their records (AuditService refuses anyone but clients). */
@Path("me/record-access")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class RecordAccessResource {

    @Inject
    AuditService audit;

    @GET
    @Operation(summary = "Who other than the signed-in client has read, changed or downloaded their records")
    public List<AuditService.Entry> mine() {
        return audit.aboutMe();
    }
}
