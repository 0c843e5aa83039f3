package org.bodywork.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** The sign-in page, {@code /login}. */
@Named
@RequestScoped
public class SignInBacking {

    @Inject
    SecurityContext security;

    @Inject
    HttpServletRequest request;

    private String email;
    private String password;
    private String next;

    public void signIn() throws IOException {
        AuthenticationStatus status = security.authenticate(
                request,
                Faces.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(email, new Password(password)))
                        .newAuthentication(true));
        if (status == AuthenticationStatus.SUCCESS) {
            SignIn.Signed signed = (SignIn.Signed) request.getSession().getAttribute(PageSessions.SIGNED_IN);
            Faces.redirect(request.getContextPath() + safeNext().orElse(CurrentUser.home(signed.roles())));
            return;
        }
        if (request.getAttribute(PageSessions.NEEDS_CODE) != null) {
            Faces.redirect(request.getContextPath() + "/login-code"
                    + safeNext()
                            .map(n -> "?next=" + java.net.URLEncoder.encode(n, java.nio.charset.StandardCharsets.UTF_8))
                            .orElse(""));
            return;
        }
        Messages.addGlobalError(
                request.getAttribute(PageSessions.REFUSAL) instanceof SignIn.Blocked blocked
                        ? SignIn.blockedMessage(blocked.until())
                        : SignIn.REFUSED_MESSAGE);
    }

    /** Only a path inside this site, never another site's address. */
    private java.util.Optional<String> safeNext() {
        return safe(next);
    }

    static java.util.Optional<String> safe(String next) {
        return next != null
                        && next.startsWith("/")
                        && !next.startsWith("//")
                        && next.chars()
                                .noneMatch(c -> c == '\\' || Character.isWhitespace(c) || Character.isISOControl(c))
                ? java.util.Optional.of(next)
                : java.util.Optional.empty();
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
