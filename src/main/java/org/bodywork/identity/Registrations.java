package org.bodywork.identity;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.bodywork.shared.BusinessException;
import org.bodywork.shared.ClientAddress;
import org.bodywork.shared.Words;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * New accounts per address (an IPv6 network by its /64), counted on every server alike: each
 * registration hashes a password at full cost, so a flood of them is refused before it can take the
 * practice's CPU or fill its accounts (issue 23, M4).
 */
@ApplicationScoped
public class Registrations {

    @Inject
    @ConfigProperty(name = "bodywork.register.address-limit", defaultValue = "10")
    int limit;

    @Inject
    SharedCounts counts;

    private Throttle byAddress;

    @PostConstruct
    void init() {
        byAddress = new Throttle("register:", limit, Duration.ofHours(1), Clock.systemUTC(), counts);
    }

    /** Counts a registration from the address, or refuses it once the address has had its hour's worth. */
    public void allow(String address) {
        if (byAddress.attempt(ClientAddress.network(address)).isPresent()) {
            throw new BusinessException(
                    BusinessException.Kind.TOO_MANY,
                    "too_many_registrations",
                    null,
                    Words.text("identity.too-many-new-accounts"));
        }
    }
}
