package org.bodywork.booking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.LocalTime;
import org.bodywork.shared.BaseEntity;

/** One range of a therapist's week on the practice's wall clock: working time or a break. */
@Entity
@Table(name = "working_hours")
@NamedQuery(
        name = "WorkingHours.of",
        query = "SELECT h FROM WorkingHours h WHERE h.therapistId = :therapist ORDER BY h.dayOfWeek, h.starts")
public class WorkingHours extends BaseEntity {

    @Column(name = "therapist_id", nullable = false, updatable = false)
    private long therapistId;

    @Column(name = "day_of_week", nullable = false)
    private int dayOfWeek;

    @Column(nullable = false)
    private LocalTime starts;

    @Column(nullable = false)
    private LocalTime ends;

    @Column(name = "is_break", nullable = false)
    private boolean isBreak;

    protected WorkingHours() {}

    public WorkingHours(long therapistId, WeekRange range) {
        this.therapistId = therapistId;
        this.dayOfWeek = range.day().getValue();
        this.starts = range.hours().start();
        this.ends = range.hours().end();
        this.isBreak = range.isBreak();
    }

    public WeekRange range() {
        return new WeekRange(DayOfWeek.of(dayOfWeek), new Slots.Hours(starts, ends), isBreak);
    }

    public long getTherapistId() {
        return therapistId;
    }
}
