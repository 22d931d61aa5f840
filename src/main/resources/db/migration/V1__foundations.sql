-- Foundations shared by every feature: the audit trail and idempotency keys.

create table audit_events (
    id            bigint generated always as identity primary key,
    at            timestamptz not null default clock_timestamp(),
    actor_subject text not null,
    actor_name    text not null,
    action        text not null,
    entity_type   text not null,
    entity_id     uuid not null,
    before        jsonb,
    after         jsonb
);
create index audit_events_by_entity on audit_events (entity_type, entity_id, at desc);
create index audit_events_by_time on audit_events (at desc, id desc);

-- Public money is inspected: the trail is append-only, whatever the application does.
create function audit_events_are_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_events is append-only';
end
$$;
create trigger audit_events_no_update_or_delete before update or delete on audit_events
    for each row execute function audit_events_are_append_only();
create trigger audit_events_no_truncate before truncate on audit_events
    for each statement execute function audit_events_are_append_only();

create table idempotency_keys (
    caller       text not null,
    idem_key     text not null,
    request_hash text not null,
    completed    boolean not null,
    created_at   timestamptz not null,
    completed_at timestamptz,
    status       integer,
    content_type text,
    location     text,
    etag         text,
    body         bytea,
    primary key (caller, idem_key)
);
create index idempotency_keys_by_age on idempotency_keys (created_at);
