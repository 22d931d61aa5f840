create extension if not exists pg_trgm;

create table companies (
    id                        uuid primary key,
    brn                       char(12) not null,
    name_ko                   text not null,
    name_en                   text,
    representative            text not null,
    sector                    text not null,
    city                      text,
    province                  text,
    employees                 integer check (employees >= 0),
    annual_revenue_amount     numeric(19, 0) check (annual_revenue_amount >= 0),
    annual_revenue_currency   char(3) check (annual_revenue_currency = 'KRW'),
    exports_prev_year_amount  numeric(19, 2) check (exports_prev_year_amount >= 0),
    exports_prev_year_currency char(3) check (exports_prev_year_currency = 'USD'),
    contact_email             text not null,
    contact_phone             text,
    status                    text not null check (status in ('PENDING_VERIFICATION', 'VERIFIED', 'SUSPENDED')),
    created_at                timestamptz not null,
    updated_at                timestamptz not null,
    version                   bigint not null,
    constraint companies_brn_unique unique (brn),
    check ((annual_revenue_amount is null) = (annual_revenue_currency is null)),
    check ((exports_prev_year_amount is null) = (exports_prev_year_currency is null))
);
create index companies_by_name on companies (lower(name_ko), id);
create index companies_by_sector on companies (lower(sector));
create index companies_by_status on companies (status);
create index companies_search on companies using gin ((lower(name_ko) || ' ' || lower(coalesce(name_en, '')) || ' ' || brn) gin_trgm_ops);

create table company_members (
    company_id uuid not null references companies (id),
    subject    text not null,
    email      text,
    added_at   timestamptz not null,
    added_by   text not null,
    primary key (company_id, subject)
);
create index company_members_by_subject on company_members (subject, company_id);
