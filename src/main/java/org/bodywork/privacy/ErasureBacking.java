package org.bodywork.privacy;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.LocalDate;
import org.bodywork.shared.BusinessException;
import org.bodywork.shared.Dates;
import org.bodywork.shared.Refusals;
import org.omnifaces.util.Faces;

/** {@code /client/erasure}: what closing the account erases and keeps, and the confirmation. */
@Named
@RequestScoped
public class ErasureBacking {

    @Inject
    ErasureRequests erasures;

    @Inject
    HttpServletRequest request;

    private ErasureRequests.Plan plan;
    private String password;

    public ErasureRequests.Plan getPlan() {
        if (plan == null) {
            plan = erasures.mine();
        }
        return plan;
    }

    /** The last day the clinical records are kept, in words. */
    public String getKeepUntil() {
        return day(getPlan().keepUntil());
    }

    public void confirm() throws IOException, ServletException {
        try {
            erasures.request(password);
        } catch (BusinessException e) {
            Refusals.show(e, "erasure");
            return;
        }
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        Faces.redirect(request.getContextPath() + "/?closed");
    }

    private static String day(LocalDate day) {
        return day == null ? "" : Dates.day(day);
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
