package org.bodywork.notification;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.bodywork.shared.Practice;
import org.omnifaces.util.Messages;

/** {@code /admin/outbox}: the latest e-mail, parked ones first to catch the eye, and "send now". */
@Named
@RequestScoped
public class AdminOutboxBacking {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK);

    @Inject
    OutboxAdmin outbox;

    @Inject
    Delivery delivery;

    @Inject
    Practice practice;

    private List<OutboxMessage> messages;

    public List<OutboxMessage> getMessages() {
        if (messages == null) {
            messages = outbox.latest(200);
        }
        return messages;
    }

    public long getParked() {
        return getMessages().stream()
                .filter(m -> m.getStatus() == OutboxMessage.Status.PARKED)
                .count();
    }

    public boolean isLogOnly() {
        return delivery.isLogOnly();
    }

    public void sendNow() {
        SendRun.Result r = outbox.sendNow(Instant.now());
        Messages.addGlobalInfo("outbox.sent", r.sent(), r.failed());
        messages = null;
    }

    public void retry(long id) {
        outbox.retry(id, Instant.now());
        Messages.addGlobalInfo("outbox.again");
        messages = null;
    }

    public String at(Instant instant) {
        return instant == null ? "" : AT.format(instant.atZone(practice.zone()));
    }
}
