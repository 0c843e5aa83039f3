package org.bodywork.intake;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.bodywork.screening.AnswersJson;
import org.bodywork.shared.BusinessException;
import org.bodywork.shared.JsonP;
import org.bodywork.shared.JsonText;
import org.bodywork.shared.Practice;
import org.bodywork.shared.Words;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The signed-in client's own health intake. */
@Path("clients/me/intake")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class IntakeResource {

    @Inject
    ClientIntake intakes;

    @Inject
    Practice practice;

    @GET
    @Operation(summary = "Your current intake version and its screening")
    @APIResponse(responseCode = "200", description = "The current version")
    @APIResponse(responseCode = "404", description = "No intake sent yet")
    public String current() {
        return intakes.mine()
                .map(IntakeResource::json)
                .orElseThrow(() -> BusinessException.notFound("no_intake", Words.text("intake.you-have-not-sent-your")))
                .toString();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Send your intake: stored as a new version and screened",
            description = "The screening answers (as for /screenings/evaluate; assessedOn is always today) plus"
                    + " consent: {treatment: true, healthData: true}, and optionally contact {phone, address,"
                    + " emergencyContactName, emergencyContactPhone}, gp {name, practice}, medications, goals, and"
                    + " for clients under 16 guardian {name, consent: true}.")
    @APIResponse(responseCode = "200", description = "Stored; the body is the new version and its screening")
    @APIResponse(responseCode = "400", description = "The form cannot be stored; the error names the field")
    public String submit(String body) {
        return json(intakes.submit(IntakeForm.read(JsonText.value(body), practice.today())))
                .toString();
    }

    static JsonObject json(Submission s) {
        IntakeVersion v = s.version();
        return JsonP.createObjectBuilder()
                .add("version", v.getNumber())
                .add("submittedAt", v.getCreatedAt().toString())
                .add("formVersion", v.getFormVersion())
                .add("current", s.current())
                .add("currentUntil", s.currentUntil().toString())
                .add("answers", JsonText.object(v.getAnswers()))
                .add("details", JsonText.object(v.getDetails()))
                .add("screening", AnswersJson.write(s.screening()))
                .add("screenedAtSubmission", JsonText.object(v.getResult()))
                .build();
    }
}
