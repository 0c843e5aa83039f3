package org.bodywork.shared;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns every failure of the API into a JSON {@link ApiError} with a fitting status: never HTML, never
 * a stack trace. Unexpected failures are logged here, once, with their trace.
 */
@Provider
public class ApiExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ApiExceptionMapper.class.getName());

    @Context
    SecurityContext security;

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable e =
                thrown instanceof EJBException && !(thrown instanceof EJBAccessException) && thrown.getCause() != null
                        ? thrown.getCause()
                        : thrown;
        if (e instanceof BusinessException refusal) {
            List<InvalidFields.Problem> fields = refusal instanceof InvalidFields f ? f.problems() : List.of();
            return json(
                    status(refusal.kind()),
                    new ApiError(refusal.code(), refusal.getMessage(), refusal.field(), fields));
        }
        if (refusal(e)) {
            return security == null || security.getUserPrincipal() == null
                    ? unauthorized()
                    : json(403, new ApiError("forbidden", Words.text("shared.your-account-may-not-do")));
        }
        if (e instanceof NotAuthorizedException) {
            return unauthorized();
        }
        if (e instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            int status = web.getResponse().getStatus();
            if (e.getCause() instanceof JsonbException || e.getCause() instanceof JsonException) {
                return malformed();
            }
            return json(status, new ApiError(code(status), message(status)));
        }
        if (e instanceof JsonbException || e instanceof JsonException || e instanceof ProcessingException) {
            return malformed();
        }
        if (DatabaseFailure.concurrentChange(e)) {
            return json(409, new ApiError("changed_meanwhile", Words.text("shared.changed-meanwhile")));
        }
        if (DatabaseFailure.deadlock(e)) {
            LOG.warning(() -> "API request rolled back to break a deadlock (" + e + ")");
            return unavailable("1", Words.text("shared.busy-try-again"));
        }
        if (DatabaseFailure.outOfReach(e)) {
            LOG.warning(() -> "API request failed: the database is out of reach (" + e + ")");
            return unavailable("5", Words.text("shared.database-out-of-reach"));
        }
        LOG.log(Level.SEVERE, "API request failed", e);
        return json(500, new ApiError("internal", Words.text("shared.something-went-wrong-on-our")));
    }

    /** The EJB container refused the caller: EJBAccessException, or AccessLocalException for local views. */
    private static boolean refusal(Throwable e) {
        return e instanceof EJBAccessException || e instanceof AccessLocalException;
    }

    private static int status(BusinessException.Kind kind) {
        return switch (kind) {
            case INVALID -> 400;
            case CONFLICT -> 409;
            case NOT_FOUND -> 404;
            case REFUSED -> 422;
            case TOO_MANY -> 429;
        };
    }

    private static Response unauthorized() {
        return Response.status(401)
                .header("WWW-Authenticate", "Basic realm=\"Bodywork\", charset=\"UTF-8\"")
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError("unauthorized", Words.text("shared.sign-in-with-your-e")).toJson())
                .build();
    }

    /**
     * Try again shortly: the database is out of reach (the cluster test restarts it under load), or
     * it rolled the request back to break a deadlock.
     */
    private static Response unavailable(String seconds, String message) {
        return Response.status(503)
                .header("Retry-After", seconds)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError("unavailable", message).toJson())
                .build();
    }

    private static Response malformed() {
        return json(400, new ApiError("malformed_json", Words.text("shared.the-request-body-is-not")));
    }

    private static String code(int status) {
        return switch (status) {
            case 400 -> "bad_request";
            case 403 -> "forbidden";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 406 -> "not_acceptable";
            case 413 -> "too_large";
            case 415 -> "unsupported_media_type";
            default -> "error_" + status;
        };
    }

    private static String message(int status) {
        return switch (status) {
            case 403 -> Words.text("shared.your-account-may-not-do");
            case 404 -> Words.text("shared.there-is-nothing-at-this");
            case 405 -> Words.text("shared.this-address-does-not-accept");
            case 406 -> Words.text("shared.this-address-answers-in-json");
            case 413 -> Words.text("shared.the-request-body-is-too");
            case 415 -> Words.text("shared.send-the-request-body-as");
            default -> Words.text("shared.the-request-could-not-be");
        };
    }

    private static Response json(int status, ApiError error) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(error.toJson())
                .build();
    }
}
