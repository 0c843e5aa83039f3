package org.bodywork.shared;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.util.Set;

/**
 * The pages with no form (the home page, the directory, the error pages, and the signed-in pages that
 * only show: a client list, a client's record, a record of reads, a screening result, a progress
 * chart) are stateless views, so that looking keeps nothing in the session: for a visitor no session at all (one per
 * passer-by and crawler would be held, and in a cluster copied, for half an hour), for someone
 * signed in none of the 15 views' state and view maps that a session would otherwise hold and a
 * cluster copy after every request. PrimeFaces keeps its script nonce in the view map of a view
 * with state, which alone made a session; a stateless view keeps it in the page. The view has to
 * be marked before rendering starts, when its tree is not yet built, so the views are listed here;
 * {@code LookingOnlyTest} checks that the list is exactly the pages without a form. The sign-out
 * button is a plain form for this ({@code identity.SignOutServlet}). Registered in faces-config.xml.
 */
public class LookingOnly implements PhaseListener {

    static final Set<String> VIEWS = Set.of(
            "/index.xhtml",
            "/therapists/index.xhtml",
            "/admin/index.xhtml",
            "/client/access.xhtml",
            "/intake/result.xhtml",
            "/confirm.xhtml",
            "/notes/client.xhtml",
            "/therapist/clients.xhtml",
            "/therapist/client.xhtml",
            "/error/403.xhtml",
            "/error/404.xhtml",
            "/error/500.xhtml",
            "/error/expired.xhtml");

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (!context.isPostback()
                && context.getViewRoot() != null
                && VIEWS.contains(context.getViewRoot().getViewId())) {
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
