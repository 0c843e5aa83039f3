package org.bodywork.screening;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.bodywork.shared.JsonText;
import org.bodywork.shared.Practice;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Screening intake answers without storing them. */
@Path("screenings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ScreeningResource {

    @Inject
    ScreeningService screening;

    @Inject
    Practice practice;

    @Context
    SecurityContext security;

    @POST
    @Path("evaluate")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "basic")
    @Operation(
            summary = "Screen intake answers against the practice's rule set; stores nothing",
            description = "Body: {assessedOn?, dateOfBirth, backPain?: {areas, startedOn, diagnosed, redFlags},"
                    + " conditions?: [{code, area?, since?, contagious?, controlled?, neuropathy?, weeks?}]}."
                    + " Dates are YYYY-MM-DD; assessedOn defaults to today in the practice's time zone.")
    @RequestBody(description = "The intake answers")
    @APIResponse(responseCode = "200", description = "The screening result")
    @APIResponse(responseCode = "400", description = "Answers that cannot be screened; the error names the field")
    @APIResponse(responseCode = "401", description = "Not signed in")
    public String evaluate(String body) {
        if (security.getUserPrincipal() == null) {
            throw new NotAuthorizedException("Basic realm=\"Bodywork\"");
        }
        Answers answers = AnswersJson.read(JsonText.value(body), practice.today());
        return AnswersJson.write(screening.evaluate(answers)).toString();
    }
}
