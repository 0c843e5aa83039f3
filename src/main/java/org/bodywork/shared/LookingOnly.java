package org.bodywork.shared;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;

/**
 * The pages a visitor only looks at (the home page, the directory, the error pages) are stateless
 * for someone not signed in, so that looking makes no HTTP session: a session per passer-by and
 * crawler would be held, and in a cluster copied, for half an hour. PrimeFaces keeps its script
 * nonce in the view's state, which is what made one; a stateless view keeps it in the page alone.
 * Pages with forms keep their state, which their posts need. Registered in faces-config.xml.
 */
public class LookingOnly implements PhaseListener {

    static final Set<String> VIEWS = Set.of(
            "/index.xhtml",
            "/therapists/index.xhtml",
            "/error/403.xhtml",
            "/error/404.xhtml",
            "/error/500.xhtml",
            "/error/expired.xhtml");

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        HttpServletRequest request =
                (HttpServletRequest) context.getExternalContext().getRequest();
        if (!context.isPostback()
                && context.getViewRoot() != null
                && VIEWS.contains(context.getViewRoot().getViewId())
                && request.getSession(false) == null) {
            context.getViewRoot().setTransient(true);
        }
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // Nothing before the view is restored.
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }
}
