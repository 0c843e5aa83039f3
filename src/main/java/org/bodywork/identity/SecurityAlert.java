package org.bodywork.identity;

import java.time.Instant;

/**
 * Someone has tried an account's secrets too often (issue 23, M2 and M3): the owner is told, at
 * their address, so that a password someone else knows is changed. Fired in a transaction of its
 * own; the notification feature e-mails the person.
 */
public record SecurityAlert(long accountId, What what, String to, String name, Instant at) {

    public enum What {
        /** The right password, then too many wrong codes of the second step: the step is locked for a while. */
        CODES_GUESSED,
        /** Too many wrong passwords where a signed-in person is asked for theirs again: signed out everywhere. */
        PASSWORD_GUESSED,
        /** A sign-in from a network the account has not signed in from for 90 days. */
        NEW_SIGN_IN
    }
}
