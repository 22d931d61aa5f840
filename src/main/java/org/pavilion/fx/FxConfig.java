package org.pavilion.fx;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "pavilion.fx")
public interface FxConfig {

    /** An amount on a date uses that date's rate, or the latest earlier one at most this many days older. */
    @WithDefault("7")
    int maxRateAgeDays();
}
