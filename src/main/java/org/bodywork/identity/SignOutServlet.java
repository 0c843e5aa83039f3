package org.bodywork.identity;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.bodywork.shared.ForgedPostbacks;

/**
 * The layout's sign-out button posts here: a plain form, not a Faces one, so that a page with no form
 * of its own keeps no view state in the session (docs/PERFORMANCE.md, issue 22). The form carries a
 * token of its session, so another site cannot sign a person out; the session ends entirely.
 */
@WebServlet("/signout")
public class SignOutServlet extends HttpServlet {

    static final String TOKEN = "bodywork.signOutToken";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The session's sign-out token, made the first time a page asks. */
    static String token(HttpSession session) {
        if (session.getAttribute(TOKEN) instanceof String t) {
            return t;
        }
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String t = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        session.setAttribute(TOKEN, t);
        return t;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (session != null && !matches(session.getAttribute(TOKEN), request.getParameter("token"))) {
            ForgedPostbacks.refuse(response);
            return;
        }
        request.logout();
        if (session != null) {
            session.invalidate();
        }
        response.sendRedirect(request.getContextPath() + "/?signedout");
    }

    /** An address typed or followed, not the button: nothing to end, so the home page. */
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + "/");
    }

    private static boolean matches(Object expected, String given) {
        return expected instanceof String e
                && given != null
                && MessageDigest.isEqual(e.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }
}
