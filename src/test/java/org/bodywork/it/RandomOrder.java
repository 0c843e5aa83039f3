package org.bodywork.it;

import java.util.concurrent.ThreadLocalRandom;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Picks and prints the seed of the tests' random order (junit-platform.properties), so a failure
 * that depends on the order can be run again in that order. JUnit reads the seed from this system
 * property, which a seed given on the command line has set already.
 */
public class RandomOrder implements LauncherSessionListener {

    static final String SEED = "junit.jupiter.execution.order.random.seed";

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String seed = System.getProperty(SEED);
        if (seed == null || seed.isBlank()) {
            seed = Long.toString(ThreadLocalRandom.current().nextLong());
            System.setProperty(SEED, seed);
        }
        System.out.println("Tests run in random order, seed " + seed + " (again with -D" + SEED + "=" + seed + ")");
    }
}
