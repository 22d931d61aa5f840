-- Token buckets of expensive work (reports, imports, uploads) per caller, kept by Bucket4j so that
-- every instance draws on the same allowance. One row per caller; state is Bucket4j's own encoding.
CREATE TABLE rate_limit_buckets (
    id         text PRIMARY KEY,
    state      bytea,
    expires_at bigint
);
