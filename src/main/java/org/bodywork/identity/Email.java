package org.bodywork.identity;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bodywork.shared.Words;

/** E-mail addresses as accounts know them: trimmed, lower-cased, plausibly shaped. */
public final class Email {

    public static final int MAX_LENGTH = 254;
    private static final Pattern SHAPE = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    private Email() {}

    /** The form accounts are stored and looked up by, so that Ann@X.org and ann@x.org are one. */
    public static String normalize(String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }

    /** What is wrong with the address, in words a person understands; empty when nothing is. */
    public static Optional<String> problem(String email) {
        String normal = normalize(email);
        if (normal.isEmpty()) {
            return Optional.of(Words.text("identity.enter-your-e-mail-address"));
        }
        if (normal.length() > MAX_LENGTH) {
            return Optional.of(Words.text("identity.email-too-long", String.valueOf(MAX_LENGTH)));
        }
        if (!SHAPE.matcher(normal).matches()) {
            return Optional.of(Words.text("identity.enter-an-e-mail-address"));
        }
        return Optional.empty();
    }
}
