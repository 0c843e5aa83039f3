package org.bodywork.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;

/** Who is signed in, for pages: {@code #{currentUser.admin}}. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    HttpServletRequest request;

    private Optional<SignIn.Signed> signed() {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(PageSessions.SIGNED_IN) instanceof SignIn.Signed s
                ? Optional.of(s)
                : Optional.empty();
    }

    public boolean isSignedIn() {
        return signed().isPresent();
    }

    public String getName() {
        return signed().map(SignIn.Signed::name).orElse("");
    }

    /** The signed-in person's start page, e.g. "/therapist/". */
    public String getHome() {
        return signed().map(s -> home(s.roles())).orElse("/");
    }

    /** The token the layout's sign-out form posts ({@link SignOutServlet}); empty when no one is signed in. */
    public String getSignOutToken() {
        HttpSession session = request.getSession(false);
        return session == null ? "" : SignOutServlet.token(session);
    }

    public boolean isClient() {
        return request.isUserInRole(Role.CLIENT_NAME);
    }

    public boolean isTherapist() {
        return request.isUserInRole(Role.THERAPIST_NAME);
    }

    public boolean isAdmin() {
        return request.isUserInRole(Role.ADMIN_NAME);
    }

    /** Where a person with these roles starts. */
    static String home(java.util.Set<String> roles) {
        if (roles.contains(Role.ADMIN_NAME)) {
            return "/admin/";
        }
        if (roles.contains(Role.THERAPIST_NAME)) {
            return "/therapist/";
        }
        return roles.contains(Role.CLIENT_NAME) ? "/client/" : "/";
    }
}
