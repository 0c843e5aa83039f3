package org.bodywork.identity;

import com.nulabinc.zxcvbn.StandardDictionaries;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.bodywork.shared.Words;

/**
 * Bodywork's password rules, after NIST SP 800-63B: long enough, not absurdly long, and not one of
 * the passwords attackers try first. The common list is the 30,000 leaked passwords zxcvbn4j ships.
 *
 * <pre>
 * PasswordPolicy.standard().problem("correct horse battery") // empty: acceptable
 * </pre>
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private static final PasswordPolicy STANDARD = new PasswordPolicy(loadCommon());

    private final Set<String> common;

    PasswordPolicy(Set<String> common) {
        this.common = common;
    }

    public static PasswordPolicy standard() {
        return STANDARD;
    }

    /** The rule the password breaks, as a sentence for the person choosing it; empty if none. */
    public Optional<String> problem(String password) {
        if (password == null || password.isEmpty()) {
            return Optional.of(Words.text("identity.choose-a-password"));
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of(Words.text("identity.password-too-short", String.valueOf(MIN_LENGTH)));
        }
        if (length > MAX_LENGTH) {
            return Optional.of(Words.text("identity.password-too-long", String.valueOf(MAX_LENGTH)));
        }
        if (common.contains(password.toLowerCase(Locale.ROOT))) {
            return Optional.of(Words.text("identity.password-common"));
        }
        return Optional.empty();
    }

    private static Set<String> loadCommon() {
        try {
            return Set.copyOf(StandardDictionaries.PASSWORDS_LOADER
                    .load()
                    .getRankedDictionary()
                    .keySet());
        } catch (IOException e) {
            throw new UncheckedIOException("zxcvbn's password list is missing from the class path", e);
        }
    }
}
