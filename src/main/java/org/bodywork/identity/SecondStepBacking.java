package org.bodywork.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Instant;
import org.bodywork.shared.ClientAddress;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** {@code /login-code}: the second step of signing in, a code from the app or a recovery code. */
@Named
@RequestScoped
public class SecondStepBacking {

    @Inject
    HttpServletRequest request;

    @Inject
    SignIn signIn;

    @Inject
    PageSessions authentication;

    private String code;
    private String next;

    /** Sends anyone without a password step just done back to the sign-in page. */
    public void check() throws IOException {
        if (pending() == null) {
            Faces.redirect(request.getContextPath() + "/login?expired");
        }
    }

    public void verify() throws IOException {
        PageSessions.Pending pending = pending();
        if (pending == null) {
            Faces.redirect(request.getContextPath() + "/login?expired");
            return;
        }
        SignIn.Result result = signIn.secondStep(pending.signed(), code, ClientAddress.of(request));
        if (result instanceof SignIn.Signed signed) {
            request.changeSessionId();
            authentication.signedIn(request.getSession(), signed);
            Faces.redirect(
                    request.getContextPath() + SignInBacking.safe(next).orElse(CurrentUser.home(signed.roles())));
            return;
        }
        if (result instanceof SignIn.Blocked blocked) {
            request.getSession().removeAttribute(PageSessions.PENDING);
            Messages.addGlobalError(SignIn.blockedMessage(blocked.until()));
            return;
        }
        Messages.addError("second:code", "code.wrong");
    }

    private PageSessions.Pending pending() {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(PageSessions.PENDING) instanceof PageSessions.Pending p)) {
            return null;
        }
        if (p.lapsed(Instant.now())) {
            session.removeAttribute(PageSessions.PENDING);
            return null;
        }
        return p;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
