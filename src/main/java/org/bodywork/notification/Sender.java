package org.bodywork.notification;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Runs the sender every {@code BODYWORK_MAIL_POLL_SECONDS} (30 by default; 0 turns the timer off). */
@Singleton
@Startup
public class Sender {

    private static final Logger LOG = Logger.getLogger(Sender.class.getName());

    @Resource
    TimerService timers;

    @Inject
    SendRun run;

    @Inject
    @ConfigProperty(name = "bodywork.mail.poll-seconds", defaultValue = "30")
    int seconds;

    @PostConstruct
    void start() {
        if (seconds > 0) {
            TimerConfig config = new TimerConfig("outbox", false);
            timers.createIntervalTimer(seconds * 1000L, seconds * 1000L, config);
        }
    }

    @Timeout
    void tick() {
        try {
            run.run(Instant.now());
        } catch (RuntimeException e) {
            // The database may be briefly away; the next tick tries again.
            LOG.log(Level.WARNING, "The e-mail sender could not run: " + e.getMessage());
        }
    }
}
