package org.bodywork.identity;

import java.time.Instant;

/**
 * How someone signs in changed: their password, or their e-mail address (then {@code to} is the old
 * one, so that the owner hears of it even if someone else made the change). Fired in the change's
 * transaction; the notification feature e-mails the person.
 */
public record SignInChanged(long accountId, What what, String to, String name, Instant at) {

    public enum What {
        PASSWORD,
        EMAIL
    }
}
