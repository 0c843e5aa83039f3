package org.bodywork.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.omnifaces.util.Faces;

/** The sign-out button in the layout: ends the session entirely. */
@Named
@RequestScoped
public class SignOutBacking {

    @Inject
    HttpServletRequest request;

    public void signOut() throws ServletException, IOException {
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        Faces.redirect(request.getContextPath() + "/?signedout");
    }
}
