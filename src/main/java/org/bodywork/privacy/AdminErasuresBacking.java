package org.bodywork.privacy;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.bodywork.shared.BusinessException;
import org.bodywork.shared.Practice;
import org.omnifaces.util.Messages;

/** {@code /admin/erasures}: clients' erasure requests, their deadlines, and "erase now". */
@Named
@RequestScoped
public class AdminErasuresBacking {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);

    @Inject
    Erasures erasures;

    @Inject
    Practice practice;

    private List<Erasures.Entry> entries;

    public List<Erasures.Entry> getEntries() {
        if (entries == null) {
            entries = erasures.all();
        }
        return entries;
    }

    public long getPending() {
        return getEntries().stream()
                .filter(e -> e.status() == ErasureRequest.Status.PENDING)
                .count();
    }

    public void carryOut(long id) {
        try {
            Erasures.Entry e = erasures.carryOut(id);
            if (e.status() == ErasureRequest.Status.HELD) {
                Messages.addGlobalInfo("erasures.held", day(e.heldUntil()));
            } else {
                Messages.addGlobalInfo("erasures.erased");
            }
        } catch (BusinessException e) {
            Messages.addGlobalError(e.getMessage());
        }
        entries = null;
    }

    public String day(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    public String at(Instant at) {
        return at == null ? "" : DAY.format(at.atZone(practice.zone()));
    }
}
