package org.sitrep.ingest;

import java.time.Duration;

/**
 * How {@link WebFetcher} fetches.
 *
 * @param limits the largest body accepted
 * @param deadline the time one fetch may take: connecting, headers and the whole body, over all its redirects and the
 *     robots.txt files read for it (waits for {@link Politeness} not counted)
 * @param addresses which addresses may be connected to
 * @param politeness the delays kept per host
 */
public record FetchSettings(Limits limits, Duration deadline, AddressGuard addresses, Politeness politeness) {
    /** 20 MB, 30 s, public addresses only, {@link Politeness#DEFAULT}. */
    public static final FetchSettings DEFAULT =
            new FetchSettings(Limits.DEFAULT, Duration.ofSeconds(30), AddressGuard.publicOnly(), Politeness.DEFAULT);

    public FetchSettings {
        if (limits == null || addresses == null || politeness == null) {
            throw new IllegalArgumentException("limits, addresses and politeness must be given; got: "
                    + limits + ", " + addresses + ", " + politeness);
        }
        if (deadline == null || deadline.isNegative() || deadline.isZero()) {
            throw new IllegalArgumentException("deadline must be > 0; got: " + deadline);
        }
    }

    public FetchSettings withLimits(Limits value) {
        return new FetchSettings(value, deadline, addresses, politeness);
    }

    public FetchSettings withDeadline(Duration value) {
        return new FetchSettings(limits, value, addresses, politeness);
    }

    public FetchSettings withAddresses(AddressGuard value) {
        return new FetchSettings(limits, deadline, value, politeness);
    }

    public FetchSettings withPoliteness(Politeness value) {
        return new FetchSettings(limits, deadline, addresses, value);
    }
}
