-- Export vouchers: programmes with a budget, applications, vouchers with a co-funded balance, claims.
-- Invariants held here: a programme's granted total never passes its budget; a voucher's reserved plus
-- paid never passes what was granted (balance >= 0); one active application per company and programme;
-- the same provider and invoice number are never funded twice.

create table voucher_programmes (
    id                     uuid primary key,
    name                   text not null,
    agency                 text not null,
    year                   integer not null,
    budget                 numeric(19, 0) not null check (budget > 0),
    granted                numeric(19, 0) not null default 0,
    max_per_company        numeric(19, 0) not null check (max_per_company > 0),
    government_share       numeric(5, 4) not null check (government_share > 0 and government_share <= 1),
    eligible_categories    text[] not null,
    application_opens_on   date not null,
    application_closes_on  date not null,
    valid_until            date not null,
    created_at             timestamptz not null,
    updated_at             timestamptz not null,
    version                bigint not null,
    constraint voucher_programmes_granted_within_budget check (granted >= 0 and granted <= budget),
    check (application_closes_on >= application_opens_on)
);

create table voucher_applications (
    id               uuid primary key,
    programme_id     uuid not null references voucher_programmes (id),
    company_id       uuid not null references companies (id),
    requested        numeric(19, 0) not null check (requested > 0),
    plan             text,
    status           text not null check (status in ('APPLIED', 'APPROVED', 'REJECTED', 'WITHDRAWN')),
    decision_reason  text,
    created_by       text not null,
    created_at       timestamptz not null,
    updated_at       timestamptz not null,
    version          bigint not null
);
create unique index voucher_applications_one_active on voucher_applications (programme_id, company_id)
    where status in ('APPLIED', 'APPROVED');
create index voucher_applications_by_programme on voucher_applications (programme_id, status, created_at, id);
create index voucher_applications_by_company on voucher_applications (company_id);

create table vouchers (
    id                uuid primary key,
    application_id    uuid not null unique references voucher_applications (id),
    programme_id      uuid not null references voucher_programmes (id),
    company_id        uuid not null references companies (id),
    granted           numeric(19, 0) not null check (granted > 0),
    government_share  numeric(5, 4) not null,
    reserved          numeric(19, 0) not null default 0,
    paid              numeric(19, 0) not null default 0,
    valid_until       date not null,
    created_at        timestamptz not null,
    updated_at        timestamptz not null,
    version           bigint not null,
    constraint vouchers_balance_not_negative check (reserved >= 0 and paid >= 0 and reserved + paid <= granted)
);
create index vouchers_by_company on vouchers (company_id, created_at);

create table claims (
    id                 uuid primary key,
    voucher_id         uuid not null references vouchers (id),
    company_id         uuid not null references companies (id),
    category           text not null,
    provider           text not null,
    provider_key       text not null,
    invoice_number     text not null,
    invoice_key        text not null,
    invoice_date       date not null,
    invoice_amount     numeric(24, 3) not null check (invoice_amount > 0),
    invoice_currency   char(3) not null,
    krw_per_unit       numeric(18, 6),
    rate_date          date,
    rate_source        text,
    subsidy            numeric(19, 0) not null check (subsidy >= 0),
    status             text not null check (status in ('SUBMITTED', 'APPROVED', 'REJECTED', 'PAID')),
    description        text,
    decision_reason    text,
    paid_on            date,
    payment_reference  text,
    created_by         text not null,
    created_at         timestamptz not null,
    updated_at         timestamptz not null,
    version            bigint not null
);
-- No double funding: the same provider (trimmed, case-insensitive) and invoice number (trimmed), on any voucher.
create unique index claims_no_double_funding on claims (provider_key, invoice_key) where status <> 'REJECTED';
create index claims_by_voucher on claims (voucher_id, created_at, id);
