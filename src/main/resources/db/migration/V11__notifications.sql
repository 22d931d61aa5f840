-- Webhooks, e-mail and the transactional outbox that feeds them.

-- Companies choose the language of the e-mails they receive (Korean unless they say otherwise).
alter table companies add column preferred_language text not null default 'ko'
    constraint companies_preferred_language check (preferred_language in ('ko', 'en'));

-- Subscriptions. The secret signs deliveries; it is shown once, when the subscription is created. A deleted
-- subscription stays (its delivery log refers to it) but is never delivered to or shown again.
create table webhooks (
    id           uuid primary key,
    url          text not null check (length(url) between 1 and 2000),
    events       text[] not null check (cardinality(events) between 1 and 20),
    description  text check (length(description) <= 500),
    secret       text not null,
    created_by   text not null,
    created_at   timestamptz not null,
    deleted_at   timestamptz,
    deleted_by   text
);

-- The outbox: one row per event, written in the transaction of the change that causes it, so a rolled-back
-- change leaves none and a committed one is never lost. The id is the event's webhook-id; body is the exact JSON
-- sent on every attempt.
create table outbox_events (
    id           uuid primary key,
    type         text not null,
    occurred_at  timestamptz not null,
    body         text not null
);
create index outbox_events_by_time on outbox_events (occurred_at);

-- One delivery per event and subscription, fanned out in the event's transaction. A dispatcher claims due rows with
-- FOR UPDATE SKIP LOCKED and leases them (next_attempt_at moves past the send's timeout) before it sends, so two
-- instances never send the same attempt; a lease that runs out (an instance died mid-send) is claimed again.
-- next_attempt_at null: nothing more to do (delivered, given up, or the subscription deleted).
create table webhook_deliveries (
    webhook_id       uuid not null references webhooks (id),
    event_id         uuid not null references outbox_events (id),
    attempts         integer not null default 0 check (attempts >= 0),
    last_status      integer,
    last_error       text,
    last_attempt_at  timestamptz,
    delivered_at     timestamptz,
    next_attempt_at  timestamptz,
    retry_until      timestamptz not null,
    primary key (webhook_id, event_id)
);
create index webhook_deliveries_due on webhook_deliveries (next_attempt_at) where next_attempt_at is not null;
create index webhook_deliveries_log on webhook_deliveries (webhook_id, event_id);

-- E-mails to companies, queued in the transaction of their cause and sent by the same kind of dispatcher. The
-- recipient and language are taken when the mail is queued.
create table mail_deliveries (
    id               uuid primary key,
    company_id       uuid not null references companies (id),
    template         text not null,
    language         text not null check (language in ('ko', 'en')),
    recipient        text not null,
    data             jsonb not null,
    created_at       timestamptz not null,
    attempts         integer not null default 0 check (attempts >= 0),
    last_error       text,
    last_attempt_at  timestamptz,
    sent_at          timestamptz,
    next_attempt_at  timestamptz,
    retry_until      timestamptz not null
);
create index mail_deliveries_due on mail_deliveries (next_attempt_at) where next_attempt_at is not null;
create index mail_deliveries_by_company on mail_deliveries (company_id, created_at);

-- The follow-up rounds already announced as open or overdue: the scheduled job announces each once, whichever
-- instance runs it (the primary key refuses a second announcement).
create table follow_up_notices (
    participation_id  uuid not null references participations (id),
    month             integer not null,
    kind              text not null check (kind in ('OPENED', 'OVERDUE')),
    noticed_at        timestamptz not null,
    primary key (participation_id, month, kind)
);
