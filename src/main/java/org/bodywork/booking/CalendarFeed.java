package org.bodywork.booking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;

/** A therapist's private calendar subscription: whoever has the token sees the diary, so it can be replaced. */
@Entity
@Table(name = "calendar_feed")
@NamedQuery(name = "CalendarFeed.byToken", query = "SELECT f FROM CalendarFeed f WHERE f.token = :token")
public class CalendarFeed {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @Column(name = "therapist_id")
    private long therapistId;

    @Column(nullable = false)
    private String token;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CalendarFeed() {}

    CalendarFeed(long therapistId) {
        this.therapistId = therapistId;
        renew();
    }

    /** A new token: 256 random bits, so it cannot be guessed; the old address stops working. */
    void renew() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        createdAt = Instant.now();
    }

    public long getTherapistId() {
        return therapistId;
    }

    public String getToken() {
        return token;
    }
}
