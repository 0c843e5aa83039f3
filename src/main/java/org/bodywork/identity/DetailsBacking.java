package org.bodywork.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.bodywork.shared.BusinessException;
import org.bodywork.shared.Refusals;
import org.omnifaces.util.Messages;

/** {@code /account/details}: changing the password or the e-mail address, each after the password. */
@Named
@RequestScoped
public class DetailsBacking {

    @Inject
    AccountService accounts;

    @Inject
    PageSessions authentication;

    @Inject
    HttpServletRequest request;

    private String current;
    private String next;
    private String email;
    private String password;

    public void changePassword() {
        try {
            accounts.changeMyPassword(current, next);
        } catch (BusinessException e) {
            Refusals.show(e, "pw", Map.of("password", "current", "newPassword", "next"));
            return;
        }
        Account me = accounts.findByEmail(request.getUserPrincipal().getName()).orElseThrow();
        authentication.reverified(request, signed(me));
        Messages.addGlobalInfo("details.passwordChanged");
    }

    public void changeEmail() {
        Account me;
        try {
            me = accounts.changeMyEmail(password, email);
        } catch (BusinessException e) {
            Refusals.show(e, "mail", Map.of("password", "confirm", "email", "address"));
            return;
        }
        authentication.reverified(request, signed(me));
        Messages.addGlobalInfo("details.emailChanged", me.getEmail());
        email = null;
    }

    private static SignIn.Signed signed(Account a) {
        return new SignIn.Signed(a.getId(), a.getEmail(), a.getName(), a.roleNames());
    }

    /** The address the caller signs in with now. */
    public String getCurrentEmail() {
        return ((SignIn.Signed) request.getSession().getAttribute(PageSessions.SIGNED_IN)).email();
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
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
}
