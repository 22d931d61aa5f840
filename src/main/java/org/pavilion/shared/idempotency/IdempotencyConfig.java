package org.pavilion.shared.idempotency;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "pavilion.idempotency")
public interface IdempotencyConfig {

    /** How long a key and its stored response are kept (at least 24 h by contract). */
    @WithDefault("24H")
    Duration retention();

    /**
     * How long a request may hold its key before another request with the same key may take
     * it over (the first instance died mid-request). Far above any request's run time.
     */
    @WithDefault("60S")
    Duration inFlightTimeout();
}
