package org.bodywork.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The practice's time zone and calendar: every "today" in Bodywork is the practice's today. */
@ApplicationScoped
public class Practice {

    @Inject
    @ConfigProperty(name = "bodywork.timezone", defaultValue = "Europe/London")
    String zone;

    private final Clock clock = Clock.systemUTC();

    public ZoneId zone() {
        return ZoneId.of(zone);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone()));
    }
}
