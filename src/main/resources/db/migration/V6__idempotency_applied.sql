-- An idempotency key is marked "applied" inside the business transaction of its request, so the
-- mark commits or rolls back with the change itself. A key that is applied but has no stored
-- response (the instance died between the commit and storing it) is never run again.
alter table idempotency_keys add column applied boolean not null default false;
