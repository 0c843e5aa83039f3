package org.bodywork.booking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalTime;
import org.bodywork.shared.BaseEntity;
import org.bodywork.shared.BusinessException;
import org.bodywork.shared.Words;

/** A dated change to a therapist's week: time off, or extra hours. No times means the whole day. */
@Entity
@Table(name = "availability_exception")
@NamedQuery(
        name = "AvailabilityException.between",
        query = "SELECT e FROM AvailabilityException e WHERE e.therapistId = :therapist"
                + " AND e.day >= :from AND e.day <= :to ORDER BY e.day, e.starts")
public class AvailabilityException extends BaseEntity {

    @Column(name = "therapist_id", nullable = false, updatable = false)
    private long therapistId;

    @Column(name = "on_day", nullable = false)
    private LocalDate day;

    private LocalTime starts;

    private LocalTime ends;

    @Column(nullable = false)
    private boolean working;

    @Column(nullable = false)
    private String note;

    protected AvailabilityException() {}

    AvailabilityException(long therapistId, LocalDate day, Slots.Hours hours, boolean working, String note) {
        if (day == null) {
            throw BusinessException.invalid("day", Words.text("booking.choose-the-day"));
        }
        if (working && hours == null) {
            throw BusinessException.invalid("start", Words.text("booking.give-the-extra-hours-start"));
        }
        String text = note == null ? "" : note.strip();
        if (text.length() > 200) {
            throw BusinessException.invalid("note", Words.text("booking.keep-the-note-to-characters"));
        }
        this.therapistId = therapistId;
        this.day = day;
        this.starts = hours == null ? null : hours.start();
        this.ends = hours == null ? null : hours.end();
        this.working = working;
        this.note = text;
    }

    public Slots.DatedHours dated() {
        return new Slots.DatedHours(day, starts == null ? null : new Slots.Hours(starts, ends), working);
    }

    public long getTherapistId() {
        return therapistId;
    }

    public LocalDate getDay() {
        return day;
    }

    public LocalTime getStarts() {
        return starts;
    }

    public LocalTime getEnds() {
        return ends;
    }

    public boolean isWorking() {
        return working;
    }

    public String getNote() {
        return note;
    }
}
