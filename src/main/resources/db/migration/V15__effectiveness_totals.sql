-- Effectiveness totals: what the effectiveness report counts and converts, per programme and company sector, so the
-- report reads a few rows per programme instead of every outcome (maintained like outcome_totals, V13).
--
-- Grain: (programme, sector, buyer country, kind, status, verified) for the counts; a signed contract also keeps what
-- the report converts and dates: its signing day, currency and date, with the amount. Every other outcome keeps only
-- its count (signed_on, value_currency, occurred_on and amount are null), so consultations and open contracts fold
-- into a handful of rows per programme. verified = a signed contract whose verification is VERIFIED.
-- A programme's reference date (its fair's end, else activityEndsOn) is not kept here: the report joins it, so a
-- fair whose dates change needs nothing rebuilt.
--
-- Writers append signed delta rows from statement-level triggers (no hot rows); the outcome totals' compaction job
-- moves them in; the report reads totals plus pending deltas in one statement (effectiveness_report_totals).

create table effectiveness_totals (
    programme_id   uuid    not null,
    sector         text    not null,
    buyer_country  char(2) not null,
    kind           text    not null,
    status         text    not null,
    verified       boolean not null,
    signed_on      date,
    value_currency char(3),
    occurred_on    date,
    n              bigint  not null,
    amount         numeric
);
create unique index effectiveness_totals_key on effectiveness_totals (programme_id, sector, buyer_country, kind, status,
    verified, coalesce(signed_on, '-infinity'::date), coalesce(value_currency, ''), coalesce(occurred_on, '-infinity'::date));

create table effectiveness_total_deltas (like effectiveness_totals);

create view effectiveness_report_totals as
    select programme_id, sector, buyer_country, kind, status, verified, signed_on, value_currency, occurred_on, n, amount
      from effectiveness_totals
    union all
    select programme_id, sector, buyer_country, kind, status, verified, signed_on, value_currency, occurred_on, n, amount
      from effectiveness_total_deltas;

insert into effectiveness_totals (programme_id, sector, buyer_country, kind, status, verified, signed_on, value_currency, occurred_on, n, amount)
select o.programme_id, c.sector, o.buyer_country, o.kind, o.status,
       o.kind = 'CONTRACT' and o.status = 'SIGNED' and o.verification_status is not distinct from 'VERIFIED',
       case when o.kind = 'CONTRACT' and o.status = 'SIGNED' then o.signed_on end,
       case when o.kind = 'CONTRACT' and o.status = 'SIGNED' then o.value_currency end,
       case when o.kind = 'CONTRACT' and o.status = 'SIGNED' then o.occurred_on end,
       count(*), sum(o.value_amount) filter (where o.kind = 'CONTRACT' and o.status = 'SIGNED')
  from outcomes o join companies c on c.id = o.company_id
 group by 1, 2, 3, 4, 5, 6, 7, 8, 9;

-- Each trigger reads its rows as f (with signed = a SIGNED contract, and sign = +1 or -1) and appends one delta row
-- per key: the count and, for signed contracts, the amount.
create function effectiveness_totals_after_insert() returns trigger language plpgsql as $$
begin
    insert into effectiveness_total_deltas (programme_id, sector, buyer_country, kind, status, verified, signed_on, value_currency, occurred_on, n, amount)
    with c as (select id, sector from companies where id in (select company_id from new_rows) for share),
         f as (select o.*, o.kind = 'CONTRACT' and o.status = 'SIGNED' as signed from new_rows o)
    select f.programme_id, c.sector, f.buyer_country, f.kind, f.status,
           f.signed and f.verification_status is not distinct from 'VERIFIED', case when f.signed then f.signed_on end,
           case when f.signed then f.value_currency end, case when f.signed then f.occurred_on end,
           count(*), sum(f.value_amount) filter (where f.signed)
      from f join c on c.id = f.company_id
     group by 1, 2, 3, 4, 5, 6, 7, 8, 9;
    return null;
end $$;

create function effectiveness_totals_after_update() returns trigger language plpgsql as $$
begin
    -- Only what changed a key or a signed amount: an edited note writes nothing; a verification moves a signed contract.
    insert into effectiveness_total_deltas (programme_id, sector, buyer_country, kind, status, verified, signed_on, value_currency, occurred_on, n, amount)
    with c as (select id, sector from companies
                where id in (select company_id from old_rows union select company_id from new_rows) for share),
         s as (select company_id, programme_id, buyer_country, kind, status, verification_status, signed_on, value_currency,
                      occurred_on, value_amount, -1 as sign from old_rows
               union all
               select company_id, programme_id, buyer_country, kind, status, verification_status, signed_on, value_currency,
                      occurred_on, value_amount, 1 from new_rows),
         f as (select s.*, s.kind = 'CONTRACT' and s.status = 'SIGNED' as signed from s)
    select f.programme_id, c.sector, f.buyer_country, f.kind, f.status,
           f.signed and f.verification_status is not distinct from 'VERIFIED', case when f.signed then f.signed_on end,
           case when f.signed then f.value_currency end, case when f.signed then f.occurred_on end,
           sum(f.sign), sum(f.sign * f.value_amount) filter (where f.signed)
      from f join c on c.id = f.company_id
     group by 1, 2, 3, 4, 5, 6, 7, 8, 9
    having sum(f.sign) <> 0 or coalesce(sum(f.sign * f.value_amount) filter (where f.signed), 0) <> 0;
    return null;
end $$;

create function effectiveness_totals_after_delete() returns trigger language plpgsql as $$
begin
    insert into effectiveness_total_deltas (programme_id, sector, buyer_country, kind, status, verified, signed_on, value_currency, occurred_on, n, amount)
    with c as (select id, sector from companies where id in (select company_id from old_rows) for share),
         f as (select o.*, o.kind = 'CONTRACT' and o.status = 'SIGNED' as signed from old_rows o)
    select f.programme_id, c.sector, f.buyer_country, f.kind, f.status,
           f.signed and f.verification_status is not distinct from 'VERIFIED', case when f.signed then f.signed_on end,
           case when f.signed then f.value_currency end, case when f.signed then f.occurred_on end,
           -count(*), -sum(f.value_amount) filter (where f.signed)
      from f join c on c.id = f.company_id
     group by 1, 2, 3, 4, 5, 6, 7, 8, 9;
    return null;
end $$;

create function effectiveness_totals_after_sector_change() returns trigger language plpgsql as $$
begin
    insert into effectiveness_total_deltas (programme_id, sector, buyer_country, kind, status, verified, signed_on, value_currency, occurred_on, n, amount)
    with moved as (select n.id, o.sector as left_sector, n.sector as new_sector
                     from old_rows o join new_rows n on n.id = o.id
                    where o.sector <> n.sector),
         s as (select id, left_sector as sector, -1 as sign from moved
               union all
               select id, new_sector, 1 from moved),
         f as (select s.sector, s.sign, x.*, x.kind = 'CONTRACT' and x.status = 'SIGNED' as signed
                 from s join outcomes x on x.company_id = s.id)
    select f.programme_id, f.sector, f.buyer_country, f.kind, f.status,
           f.signed and f.verification_status is not distinct from 'VERIFIED', case when f.signed then f.signed_on end,
           case when f.signed then f.value_currency end, case when f.signed then f.occurred_on end,
           sum(f.sign), sum(f.sign * f.value_amount) filter (where f.signed)
      from f
     group by 1, 2, 3, 4, 5, 6, 7, 8, 9;
    return null;
end $$;

create trigger effectiveness_totals_insert after insert on outcomes
    referencing new table as new_rows for each statement execute function effectiveness_totals_after_insert();
create trigger effectiveness_totals_update after update on outcomes
    referencing old table as old_rows new table as new_rows for each statement execute function effectiveness_totals_after_update();
create trigger effectiveness_totals_delete after delete on outcomes
    referencing old table as old_rows for each statement execute function effectiveness_totals_after_delete();
create trigger effectiveness_totals_sector after update on companies
    referencing old table as old_rows new table as new_rows for each statement execute function effectiveness_totals_after_sector_change();
