package org.bodywork.booking;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** A therapist's calendar subscription address, and a new one that revokes it. */
@Path("therapists/me/calendar")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class CalendarResource {

    /** The address to give a calendar app. */
    public record Feed(String url) {}

    @Inject
    CalendarFeeds feeds;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Your private calendar subscription address (therapists)")
    public Feed feed() {
        signedIn();
        return url(feeds.myFeedToken());
    }

    @POST
    @Path("renew")
    @Operation(summary = "A new address; the old one stops working at once")
    public Feed renew() {
        signedIn();
        return url(feeds.renewFeed());
    }

    private void signedIn() {
        if (security.getUserPrincipal() == null) {
            throw new NotAuthorizedException("Basic realm=\"Bodywork\"");
        }
    }

    private Feed url(String token) {
        // The API is at <app>/api/v1/; the feed is at <app>/calendar/.
        return new Feed(uri.getBaseUriBuilder()
                .replacePath(uri.getBaseUri().getPath().replaceFirst("api/v1/?$", ""))
                .path("calendar")
                .path(token + ".ics")
                .build()
                .toString());
    }
}
