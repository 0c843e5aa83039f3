package org.bodywork.booking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import org.bodywork.screening.Technique;
import org.bodywork.shared.BaseEntity;

/** One item of the practice's menu: a technique for a length of time, at a price, with room turnover. */
@Entity
@Table(name = "service")
@NamedQuery(name = "Service.all", query = "SELECT s FROM Service s ORDER BY s.technique, s.minutes, s.name")
@NamedQuery(
        name = "Service.active",
        query = "SELECT s FROM Service s WHERE s.active = TRUE ORDER BY s.technique, s.minutes, s.name")
@NamedQuery(name = "Service.byName", query = "SELECT s FROM Service s WHERE s.name = :name")
public class Service extends BaseEntity {

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Technique technique;

    @Column(nullable = false)
    private int minutes;

    @Column(name = "price_pence", nullable = false)
    private int pricePence;

    @Column(name = "buffer_minutes", nullable = false)
    private int bufferMinutes;

    @Column(nullable = false)
    private boolean active;

    protected Service() {}

    public Service(NewService s) {
        change(s);
    }

    void change(NewService s) {
        name = s.name();
        technique = s.technique();
        minutes = s.minutes();
        pricePence = s.pricePence();
        bufferMinutes = s.bufferMinutes();
        active = s.active();
    }

    /** How long it takes and how long the room needs after it, for slot computation. */
    public Slots.Length length() {
        return new Slots.Length(Duration.ofMinutes(minutes), Duration.ofMinutes(bufferMinutes));
    }

    public String getName() {
        return name;
    }

    public Technique getTechnique() {
        return technique;
    }

    public int getMinutes() {
        return minutes;
    }

    public int getPricePence() {
        return pricePence;
    }

    /** The price as people read it: £55.00. */
    public String getPrice() {
        return String.format("£%d.%02d", pricePence / 100, pricePence % 100);
    }

    public int getBufferMinutes() {
        return bufferMinutes;
    }

    public boolean isActive() {
        return active;
    }
}
