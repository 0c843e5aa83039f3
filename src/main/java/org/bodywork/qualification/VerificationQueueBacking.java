package org.bodywork.qualification;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.bodywork.shared.BusinessException;
import org.omnifaces.util.Messages;

/** {@code /admin/verification}: pending records, oldest first, with their evidence; verify or reject. */
@Named
@RequestScoped
public class VerificationQueueBacking {

    @Inject
    Verification service;

    @Inject
    RecordViews views;

    private List<RecordView> pending;
    private List<RecordView> expiring;
    private String reason;

    @PostConstruct
    void load() {
        List<RecordView> all = views.of(service.withStatus(RecordStatus.PENDING));
        // Oldest first across both kinds: ids grow with time.
        pending = all.stream()
                .sorted(java.util.Comparator.comparing(RecordView::id))
                .toList();
        expiring = views.of(service.expiringSoon());
    }

    /** The version of the record the admin saw, from the form the page wrote it into; none if not a number. */
    private static Long seen() {
        try {
            return Long.valueOf(org.omnifaces.util.Faces.getRequestParameter("seen"));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public void verify(String type, long id) {
        try {
            service.verify(type, id, seen());
            Messages.addGlobalInfo("queue.verified");
        } catch (BusinessException e) {
            Messages.addGlobalError(e.getMessage());
        }
        load();
    }

    public void reject(String type, long id) {
        try {
            service.reject(type, id, seen(), reason);
            Messages.addGlobalInfo("queue.rejected");
            reason = null;
        } catch (BusinessException e) {
            Messages.addGlobalError(e.getMessage());
        }
        load();
    }

    public List<RecordView> getPending() {
        return pending;
    }

    public List<RecordView> getExpiring() {
        return expiring;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
