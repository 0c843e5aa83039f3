package org.bodywork.identity;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Password hashing with Jakarta Security's PBKDF2, at OWASP's 600,000 iterations of HMAC-SHA256
 * rather than the container's default of 2,048. Each hash or check costs about a third of a second
 * of one core; {@link SignIn} caches successes so the API does not pay it on every request.
 */
@ApplicationScoped
public class Passwords {

    static final int ITERATIONS = 600_000;

    /** Jakarta Security (Soteria) refuses to initialise below this. */
    static final int MIN_ITERATIONS = 1_024;

    private static final Logger LOG = Logger.getLogger(Passwords.class.getName());

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    private String dummyHash;

    @PostConstruct
    void init() {
        int iterations = iterations(ConfigProvider.getConfig(Passwords.class.getClassLoader())
                .getOptionalValue("bodywork.passwords.iterations", Integer.class));
        if (iterations < ITERATIONS) {
            LOG.warning(() -> "New passwords are hashed with " + iterations + " PBKDF2 iterations, fewer than OWASP's "
                    + ITERATIONS + ": bodywork.passwords.iterations is for the test suite only.");
        }
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Iterations", String.valueOf(iterations),
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        dummyHash = hash("no account has this password");
    }

    /**
     * OWASP's figure unless {@code bodywork.passwords.iterations} says otherwise: the in-container
     * suite makes hundreds of accounts and sign-ins, and at a third of a second each they were a third
     * of its server's work. A stored hash names its own count, so checks never depend on this.
     */
    static int iterations(Optional<Integer> configured) {
        return Math.max(MIN_ITERATIONS, configured.orElse(ITERATIONS));
    }

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    public boolean matches(String password, String hash) {
        return pbkdf2.verify(password.toCharArray(), hash);
    }

    /** Spends the time of a real check, so an unknown e-mail answers no faster than a wrong password. */
    void matchNothing(String password) {
        pbkdf2.verify(password.toCharArray(), dummyHash);
    }
}
