package org.bodywork.audit;

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
import org.bodywork.shared.Refusals;

/** {@code /admin/audit}, the search, and {@code /client/access}, who has seen a client's records. */
@Named
@RequestScoped
public class AuditBacking {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm:ss", Locale.UK);

    @Inject
    AuditService audit;

    @Inject
    Practice practice;

    private String person;
    private String recordType;
    private Long recordId;
    private LocalDate from;
    private LocalDate to;
    private List<AuditService.Entry> entries;

    public void search() {
        try {
            entries = audit.search(new AuditService.Search(person, recordType, recordId, from, to));
        } catch (BusinessException e) {
            Refusals.show(e, "audit");
            entries = List.of();
        }
    }

    public List<AuditService.Entry> getEntries() {
        if (entries == null) {
            search();
        }
        return entries;
    }

    public List<AuditService.Entry> getAboutMe() {
        if (entries == null) {
            entries = audit.aboutMe();
        }
        return entries;
    }

    public boolean isFull() {
        return entries != null && entries.size() >= AuditService.LIMIT;
    }

    public String at(Instant instant) {
        return AT.format(instant.atZone(practice.zone()));
    }

    /** "Tess Therapist (tess@example.org)", or the address alone when it is no account's. */
    public String who(AuditService.Entry e) {
        return e.actorName() == null ? e.actor() : e.actorName() + " (" + e.actor() + ")";
    }

    public String getPerson() {
        return person;
    }

    public void setPerson(String person) {
        this.person = person;
    }

    public String getRecordType() {
        return recordType;
    }

    public void setRecordType(String recordType) {
        this.recordType = recordType;
    }

    public Long getRecordId() {
        return recordId;
    }

    public void setRecordId(Long recordId) {
        this.recordId = recordId;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
