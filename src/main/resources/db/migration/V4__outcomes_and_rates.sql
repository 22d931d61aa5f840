-- Outcomes (consultations and contracts) in any currency, and exchange rates as KRW per unit.

create table outcomes (
    id               uuid primary key,
    participation_id uuid not null references participations (id),
    programme_id     uuid not null references programmes (id),
    company_id       uuid not null references companies (id),
    kind             text not null check (kind in ('CONSULTATION', 'CONTRACT')),
    buyer_name       text not null,
    buyer_country    char(2) not null,
    value_amount     numeric(24, 3) not null check (value_amount >= 0),
    value_currency   char(3) not null,
    occurred_on      date not null,
    status           text not null,
    note             text,
    created_by       text not null,
    created_at       timestamptz not null,
    updated_at       timestamptz not null,
    version          bigint not null,
    constraint outcomes_status_fits_kind check (
        (kind = 'CONSULTATION' and status in ('OPEN', 'FOLLOW_UP', 'CLOSED'))
        or (kind = 'CONTRACT' and status in ('PURSUING', 'SIGNED', 'CANCELLED')))
);
create index outcomes_by_programme on outcomes (programme_id, kind, status, occurred_on, id);
create index outcomes_by_participation on outcomes (participation_id);
create index outcomes_by_company on outcomes (company_id, occurred_on);
create index outcomes_by_date on outcomes (occurred_on);

create table fx_rates (
    id            uuid not null unique,
    currency      char(3) not null check (currency <> 'KRW'),
    rate_date     date not null,
    krw_per_unit  numeric(18, 6) not null check (krw_per_unit > 0),
    source        text not null,
    updated_at    timestamptz not null,
    primary key (currency, rate_date)
);
