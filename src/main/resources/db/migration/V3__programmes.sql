-- Fairs, programmes with budgets and per-company caps, participations, allocations and
-- disbursements. The money invariants are enforced here, so they hold with several
-- application instances: programmes.allocated never passes budget, disbursed never passes
-- allocated, an allocation's disbursed part never passes its live amount.

create table fairs (
    id          uuid primary key,
    name        text not null,
    series      text,
    organiser   text,
    city        text,
    country     char(2) not null,
    venue       text,
    starts_on   date not null,
    ends_on     date not null,
    sectors     text[] not null default '{}',
    website     text,
    created_at  timestamptz not null,
    updated_at  timestamptz not null,
    version     bigint not null,
    check (ends_on >= starts_on)
);
create index fairs_by_start on fairs (starts_on, id);
create index fairs_by_country on fairs (country, starts_on);

create table programmes (
    id                     uuid primary key,
    name                   text not null,
    kind                   text not null check (kind in ('EXHIBITION', 'DOMESTIC_FAIR', 'TRADE_MISSION', 'MATCHMAKING', 'OTHER')),
    fair_id                uuid references fairs (id),
    agency                 text not null,
    budget                 numeric(19, 0) not null check (budget > 0),
    allocated              numeric(19, 0) not null default 0,
    disbursed              numeric(19, 0) not null default 0,
    target_companies       integer check (target_companies > 0),
    application_opens_on   date,
    application_closes_on  date,
    support_categories     text[] not null,
    created_at             timestamptz not null,
    updated_at             timestamptz not null,
    version                bigint not null,
    constraint programmes_allocated_within_budget check (allocated >= 0 and allocated <= budget),
    constraint programmes_disbursed_within_allocated check (disbursed >= 0 and disbursed <= allocated),
    check (kind not in ('EXHIBITION', 'DOMESTIC_FAIR') or fair_id is not null),
    check (application_closes_on is null or application_opens_on is null or application_closes_on >= application_opens_on)
);
create index programmes_by_fair on programmes (fair_id);
create index programmes_by_kind on programmes (kind, application_opens_on);

create table programme_caps (
    id              uuid primary key,
    programme_id    uuid not null references programmes (id),
    cap             numeric(19, 0) not null check (cap > 0),
    effective_from  date not null,
    reason          text not null,
    set_by_subject  text not null,
    set_by_name     text not null,
    set_at          timestamptz not null
);
create index programme_caps_in_force on programme_caps (programme_id, effective_from desc, set_at desc);

create table participations (
    id            uuid primary key,
    programme_id  uuid not null references programmes (id),
    company_id    uuid not null references companies (id),
    status        text not null check (status in ('APPLIED', 'WAITLISTED', 'SELECTED', 'CONFIRMED', 'ATTENDED', 'NO_SHOW', 'REJECTED', 'WITHDRAWN')),
    status_reason text,
    created_by    text not null,
    created_at    timestamptz not null,
    updated_at    timestamptz not null,
    version       bigint not null
);
-- One active participation per company and programme.
create unique index participations_one_active on participations (programme_id, company_id)
    where status not in ('REJECTED', 'WITHDRAWN');
create index participations_by_programme on participations (programme_id, status, created_at, id);
create index participations_by_company on participations (company_id);

create table allocations (
    id               uuid primary key,
    participation_id uuid not null references participations (id),
    programme_id     uuid not null references programmes (id),
    company_id       uuid not null references companies (id),
    category         text not null,
    original_amount  numeric(19, 0) not null check (original_amount > 0),
    amount           numeric(19, 0) not null,
    disbursed        numeric(19, 0) not null default 0,
    status           text not null check (status in ('ACTIVE', 'CANCELLED')),
    note             text,
    cancel_reason    text,
    created_at       timestamptz not null,
    updated_at       timestamptz not null,
    version          bigint not null,
    constraint allocations_live_within_original check (amount >= 0 and amount <= original_amount),
    constraint allocations_disbursed_within_amount check (disbursed >= 0 and disbursed <= amount)
);
create index allocations_by_participation on allocations (participation_id, created_at, id);
create index allocations_by_programme_company on allocations (programme_id, company_id);

create table disbursements (
    id             uuid primary key,
    allocation_id  uuid not null references allocations (id),
    programme_id   uuid not null references programmes (id),
    amount         numeric(19, 0) not null check (amount > 0),
    paid_on        date not null,
    reference      text not null,
    created_by     text not null,
    created_at     timestamptz not null
);
create index disbursements_by_allocation on disbursements (allocation_id, paid_on, created_at);
