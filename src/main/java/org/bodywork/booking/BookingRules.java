package org.bodywork.booking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.ZoneId;
import org.bodywork.shared.BusinessException;
import org.bodywork.shared.Stamped;
import org.bodywork.shared.Words;

/**
 * The practice's booking rules, one row: minimum notice, how far ahead clients may book, the slot
 * step, and the cut-off after which only the therapist or an admin may cancel or move a booking.
 */
@Entity
@Table(name = "booking_rules")
public class BookingRules extends Stamped {

    static final long ID = 1;

    @Id
    private Long id;

    @Column(name = "notice_hours", nullable = false)
    private int noticeHours;

    @Column(name = "horizon_days", nullable = false)
    private int horizonDays;

    @Column(name = "step_minutes", nullable = false)
    private int stepMinutes;

    @Column(name = "cutoff_hours", nullable = false)
    private int cutoffHours;

    protected BookingRules() {}

    void change(int noticeHours, int horizonDays, int stepMinutes, int cutoffHours) {
        if (noticeHours < 0 || noticeHours > 168) {
            throw BusinessException.invalid("notice", Words.text("booking.minimum-notice-is-to-hours"));
        }
        if (horizonDays < 1 || horizonDays > 365) {
            throw BusinessException.invalid("horizon", Words.text("booking.clients-may-book-to-days"));
        }
        if (stepMinutes < 5 || stepMinutes > 60 || 60 % stepMinutes != 0) {
            throw BusinessException.invalid("step", Words.text("booking.the-slot-step-must-divide"));
        }
        if (cutoffHours < 0 || cutoffHours > 168) {
            throw BusinessException.invalid("cutoff", Words.text("booking.the-cancellation-cut-off-is"));
        }
        this.noticeHours = noticeHours;
        this.horizonDays = horizonDays;
        this.stepMinutes = stepMinutes;
        this.cutoffHours = cutoffHours;
    }

    public Slots.Rules slots(ZoneId zone) {
        return new Slots.Rules(
                zone, Duration.ofHours(noticeHours), Duration.ofDays(horizonDays), Duration.ofMinutes(stepMinutes));
    }

    public Duration cutoff() {
        return Duration.ofHours(cutoffHours);
    }

    public int getNoticeHours() {
        return noticeHours;
    }

    public int getHorizonDays() {
        return horizonDays;
    }

    public int getStepMinutes() {
        return stepMinutes;
    }

    public int getCutoffHours() {
        return cutoffHours;
    }
}
