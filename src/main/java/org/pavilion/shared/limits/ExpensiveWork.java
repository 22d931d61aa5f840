package org.pavilion.shared.limits;

import java.time.Duration;
import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pavilion.shared.problem.ApiProblem;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;

/**
 * The allowance of expensive work (reports, imports, document uploads) per caller: a token bucket of
 * {@code pavilion.rate-limit.per-minute} requests refilled over a minute, kept by Bucket4j in PostgreSQL
 * ({@code rate_limit_buckets}, one row per caller locked with {@code SELECT ... FOR UPDATE}), so every
 * instance draws on the same allowance. Over it, a 429 problem with the seconds until the next request fits.
 */
@ApplicationScoped
public class ExpensiveWork {

    private final ProxyManager<String> buckets;
    private final BucketConfiguration allowance;
    private final long perMinute;

    @Inject
    public ExpensiveWork(DataSource dataSource, @ConfigProperty(name = "pavilion.rate-limit.per-minute", defaultValue = "60") long perMinute) {
        this.perMinute = perMinute;
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_buckets").idColumn("id").stateColumn("state").expiresAtColumn("expires_at")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
                .build();
        this.allowance = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
                .build();
    }

    /** Takes one unit of this caller's allowance, or refuses with 429 and Retry-After. */
    public void take(String subject) {
        ConsumptionProbe probe = buckets.getProxy("expensive:" + subject, () -> allowance).tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
            throw new ApiProblem.RateLimited(seconds, "At most " + perMinute
                    + " reports, imports and uploads a minute are allowed per caller; retry in " + seconds + " s.");
        }
    }
}
