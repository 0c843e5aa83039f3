package org.bodywork.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.bodywork.shared.BusinessException;
import org.bodywork.shared.Refusals;
import org.omnifaces.util.Messages;

/** {@code /account/security}: setting up, or turning off, two-step sign-in. */
@Named
@RequestScoped
public class SecurityBacking {

    @Inject
    MfaService mfa;

    @Inject
    HttpServletRequest request;

    private MfaService.Status status;
    private String password;
    private String code;
    private List<String> codes;

    public MfaService.Status getStatus() {
        if (status == null) {
            status = mfa.status();
        }
        return status;
    }

    public void start() {
        try {
            status = mfa.start(password);
        } catch (BusinessException e) {
            fail(e);
        }
    }

    public void confirm() {
        try {
            codes = mfa.confirm(code);
            status = null;
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.removeAttribute(MfaGate.SETUP_REQUIRED);
            }
        } catch (BusinessException e) {
            fail(e);
        }
    }

    public void disable() {
        try {
            mfa.disable(password);
            status = null;
            if (mfa.status().required()) {
                request.getSession().setAttribute(MfaGate.SETUP_REQUIRED, Boolean.TRUE);
            }
            Messages.addGlobalInfo("security.off");
        } catch (BusinessException e) {
            // Its password field is not start()'s: both are on the page's component tree.
            Messages.addError("mfa:offPassword", e.getMessage());
        }
    }

    private static void fail(BusinessException e) {
        Refusals.show(e, "mfa");
    }

    /** The recovery codes just made: shown once, never again. */
    public List<String> getCodes() {
        return codes;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
