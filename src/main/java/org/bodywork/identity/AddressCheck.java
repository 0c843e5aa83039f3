package org.bodywork.identity;

import java.time.Instant;

/**
 * A message to an e-mail address about its account (issue 23, M4): the link that confirms a new
 * account's address, or, when someone registers with an address that has an account already, a
 * word to its owner instead of an answer that would tell the one registering. Fired in the
 * registering transaction; the notification feature e-mails it.
 */
public record AddressCheck(long accountId, What what, String to, String name, String token, Instant until) {

    public enum What {
        /** A new account's address: the link (with {@link #token}) confirms it until {@link #until}. */
        CONFIRM,
        /** Someone registered with an address that has an account: no token. */
        ALREADY_REGISTERED
    }
}
