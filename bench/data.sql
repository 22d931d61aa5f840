-- Pavilion benchmark data set, generated in SQL (generate_series), deterministic ids (md5 of a label).
-- psql -v companies=100000 -v programmes=2000 -v allocations=200000 -v outcomes=1000000 -f bench/data.sql
-- Every programme has allocations/programmes participations, each with one allocation of KRW 1,000,000,
-- and outcomes spread over the participations, in KRW, USD, EUR, JPY and CNY, dated 2023 to 2025.
\set ON_ERROR_STOP on
set client_min_messages = warning;
begin;
-- Expects a freshly migrated, empty database (bench/run creates one per scale; the audit trail refuses truncation).

-- A valid business registration number for company i: nine digits of i and the NTS check digit.
create function pg_temp.brn(i bigint) returns text language sql immutable as $$
    select substr(s, 1, 3) || '-' || substr(s, 4, 2) || '-' || substr(s, 6, 4) || ((10 - total % 10) % 10)::text
    from (select s, (select sum(substr(s, k, 1)::int * (array[1, 3, 7, 1, 3, 7, 1, 3, 5])[k]) from generate_series(1, 9) k)
                    + (substr(s, 9, 1)::int * 5) / 10 as total
          from (select lpad(i::text, 9, '0') as s) digits) summed
$$;

insert into companies (id, brn, name_ko, name_en, representative, sector, city, province, employees,
                       annual_revenue_amount, annual_revenue_currency, contact_email, status,
                       created_at, updated_at, version)
select md5('company-' || i)::uuid,
       pg_temp.brn(i),
       '기업 ' || i, 'Company ' || i, 'Representative ' || i,
       (array['Smart healthcare', 'Ceramics', 'Cosmetics', 'Food', 'Mobility', 'Software', 'Textiles', 'Machinery'])[1 + i % 8],
       'City ' || (i % 50), 'Gyeonggi', 5 + i % 300, 1000000000 + i, 'KRW', 'export' || i || '@company.example',
       'VERIFIED', now(), now(), 0
from generate_series(1, :companies) as i;

insert into fairs (id, name, series, organiser, city, country, venue, starts_on, ends_on, created_at, updated_at, version)
select md5('fair-' || i)::uuid, 'Fair ' || i, 'Series ' || (i % 40), 'Organiser', 'City', 
       (array['ES', 'FR', 'DE', 'US', 'JP', 'CN'])[1 + i % 6], 'Venue',
       date '2023-01-01' + (i % 1000), date '2023-01-04' + (i % 1000), now(), now(), 0
from generate_series(1, greatest(1, :programmes / 2)) as i;

insert into programmes (id, name, kind, fair_id, agency, budget, target_companies, application_opens_on,
                        application_closes_on, support_categories, created_at, updated_at, version)
select md5('programme-' || i)::uuid, 'Programme ' || i, 'EXHIBITION', md5('fair-' || (1 + i % greatest(1, :programmes / 2)))::uuid,
       'Gyeonggi Business & Science Accelerator', 1000000000000, 100, date '2022-10-01', date '2025-12-31',
       array['EXHIBITION_FEE', 'BOOTH_SETUP', 'INTERPRETATION'], now(), now(), 0
from generate_series(1, :programmes) as i;

insert into programme_caps (id, programme_id, cap, effective_from, reason, set_by_subject, set_by_name, set_at)
select md5('cap-' || i)::uuid, md5('programme-' || i)::uuid, 20000000, date '2022-10-01', 'Initial cap',
       'officer-bench', 'Bench Officer', now()
from generate_series(1, :programmes) as i;

-- Participation n: programme 1 + (n / per) % programmes, company 1 + n % companies: unique per (programme, company).
create temporary table bench_participations as
select n, md5('participation-' || n)::uuid as id,
       md5('programme-' || (1 + (n / greatest(1, :allocations / :programmes)) % :programmes))::uuid as programme_id,
       md5('company-' || (1 + n % :companies))::uuid as company_id
from generate_series(0, :allocations - 1) as n;
alter table bench_participations add primary key (n);

insert into participations (id, programme_id, company_id, status, created_by, created_at, updated_at, version)
select id, programme_id, company_id, 'SELECTED', 'officer-bench', timestamp '2024-01-01' + n * interval '1 second', now(), 0
from bench_participations;

insert into allocations (id, participation_id, programme_id, company_id, category, original_amount, amount,
                         status, created_at, updated_at, version)
select md5('allocation-' || n)::uuid, id, programme_id, company_id, 'EXHIBITION_FEE', 1000000, 1000000,
       'ACTIVE', timestamp '2024-02-01' + n * interval '1 second', now(), 0
from bench_participations;

update programmes p set allocated = a.total
from (select programme_id, sum(amount) as total from allocations group by programme_id) a
where a.programme_id = p.id;

insert into outcomes (id, participation_id, programme_id, company_id, kind, buyer_name, buyer_country, value_amount,
                      value_currency, occurred_on, status, created_by, created_at, updated_at, version)
select md5('outcome-' || o)::uuid, p.id, p.programme_id, p.company_id,
       case when o % 4 = 0 then 'CONTRACT' else 'CONSULTATION' end,
       'Buyer ' || (o % 5000), (array['ES', 'FR', 'DE', 'US', 'JP', 'CN'])[1 + o % 6],
       case (o % 5) when 0 then 50000000 + (o % 1000) * 1000 when 3 then 5000000 + (o % 977) * 1000
                    else 10000 + (o % 997) * 10 + (o % 100) / 100.0 end,
       (array['KRW', 'USD', 'EUR', 'JPY', 'CNY'])[1 + o % 5],
       date '2023-01-01' + (o % 1095),
       case when o % 4 = 0 then (array['PURSUING', 'SIGNED', 'CANCELLED'])[1 + o % 3]
            else (array['OPEN', 'FOLLOW_UP', 'CLOSED'])[1 + o % 3] end,
       'officer-bench', now(), now(), 0
from generate_series(0, :outcomes - 1) as o
join bench_participations p on p.n = o % :allocations;

-- A rate for every day of 2023 to 2025 (and the days before, for lookups), KRW per unit.
insert into fx_rates (id, currency, rate_date, krw_per_unit, source, updated_at)
select md5('rate-' || c.code || d::date)::uuid, c.code, d::date,
       round((c.base * (1 + 0.05 * sin(extract(doy from d)::float8 / 58.0)))::numeric, 6), 'Bench rates', now()
from (values ('USD', 1350.0), ('EUR', 1470.0), ('JPY', 9.1), ('CNY', 187.0)) as c(code, base),
     generate_series(date '2022-12-01', date '2025-12-31', interval '1 day') as d;
commit;
analyze;
