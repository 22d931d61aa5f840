-- Outcome totals for the reports that sum over every outcome, kept at the grain those reports sum at:
-- (company sector, buyer country, kind, status, currency, date). Their size grows with the number of distinct
-- keys, not with the number of outcomes, so the reports stay flat as outcomes grow.
--
-- Writers never update a shared row (no hot rows): statement-level triggers append signed delta rows (one per
-- key a statement touched, summed over the statement) to outcome_total_deltas. A scheduled job (one instance at a
-- time) moves the deltas into outcome_totals. Readers read totals plus pending deltas in one statement
-- (outcome_report_totals), so every answer is exact and consistent with the outcomes it saw.
--
-- A company's sector change moves its outcomes' totals from the old sector to the new. Outcome triggers read the
-- company's sector FOR SHARE: a sector change and an outcome write for the same company wait for each other, so
-- neither can count under a sector the other has just left.

create table outcome_totals (
    sector         text    not null,
    buyer_country  char(2) not null,
    kind           text    not null,
    status         text    not null,
    value_currency char(3) not null,
    occurred_on    date    not null,
    n              bigint  not null,
    amount         numeric not null,
    primary key (sector, buyer_country, kind, status, value_currency, occurred_on)
);

create table outcome_total_deltas (
    sector         text    not null,
    buyer_country  char(2) not null,
    kind           text    not null,
    status         text    not null,
    value_currency char(3) not null,
    occurred_on    date    not null,
    n              bigint  not null,
    amount         numeric not null
);

create view outcome_report_totals as
    select sector, buyer_country, kind, status, value_currency, occurred_on, n, amount from outcome_totals
    union all
    select sector, buyer_country, kind, status, value_currency, occurred_on, n, amount from outcome_total_deltas;

insert into outcome_totals (sector, buyer_country, kind, status, value_currency, occurred_on, n, amount)
select c.sector, o.buyer_country, o.kind, o.status, o.value_currency, o.occurred_on, count(*), sum(o.value_amount)
  from outcomes o join companies c on c.id = o.company_id
 group by 1, 2, 3, 4, 5, 6;

create function outcome_totals_after_insert() returns trigger language plpgsql as $$
begin
    insert into outcome_total_deltas (sector, buyer_country, kind, status, value_currency, occurred_on, n, amount)
    with c as (select id, sector from companies where id in (select company_id from new_rows) for share)
    select c.sector, o.buyer_country, o.kind, o.status, o.value_currency, o.occurred_on, count(*), sum(o.value_amount)
      from new_rows o join c on c.id = o.company_id
     group by 1, 2, 3, 4, 5, 6;
    return null;
end $$;

create function outcome_totals_after_update() returns trigger language plpgsql as $$
begin
    -- Only what changed a key or an amount: an edited note or a verification writes nothing.
    insert into outcome_total_deltas (sector, buyer_country, kind, status, value_currency, occurred_on, n, amount)
    with c as (select id, sector from companies
                where id in (select company_id from old_rows union select company_id from new_rows) for share),
         signed as (select company_id, buyer_country, kind, status, value_currency, occurred_on, -1 as sign, value_amount
                      from old_rows
                    union all
                    select company_id, buyer_country, kind, status, value_currency, occurred_on, 1, value_amount
                      from new_rows)
    select c.sector, s.buyer_country, s.kind, s.status, s.value_currency, s.occurred_on, sum(s.sign), sum(s.sign * s.value_amount)
      from signed s join c on c.id = s.company_id
     group by 1, 2, 3, 4, 5, 6
    having sum(s.sign) <> 0 or sum(s.sign * s.value_amount) <> 0;
    return null;
end $$;

create function outcome_totals_after_delete() returns trigger language plpgsql as $$
begin
    insert into outcome_total_deltas (sector, buyer_country, kind, status, value_currency, occurred_on, n, amount)
    with c as (select id, sector from companies where id in (select company_id from old_rows) for share)
    select c.sector, o.buyer_country, o.kind, o.status, o.value_currency, o.occurred_on, -count(*), -sum(o.value_amount)
      from old_rows o join c on c.id = o.company_id
     group by 1, 2, 3, 4, 5, 6;
    return null;
end $$;

create function outcome_totals_after_sector_change() returns trigger language plpgsql as $$
begin
    insert into outcome_total_deltas (sector, buyer_country, kind, status, value_currency, occurred_on, n, amount)
    with moved as (select n.id, o.sector as left_sector, n.sector as new_sector
                     from old_rows o join new_rows n on n.id = o.id
                    where o.sector <> n.sector),
         signed as (select id, left_sector as sector, -1 as sign from moved
                    union all
                    select id, new_sector, 1 from moved)
    select s.sector, x.buyer_country, x.kind, x.status, x.value_currency, x.occurred_on, sum(s.sign), sum(s.sign * x.value_amount)
      from signed s join outcomes x on x.company_id = s.id
     group by 1, 2, 3, 4, 5, 6;
    return null;
end $$;

create trigger outcome_totals_insert after insert on outcomes
    referencing new table as new_rows for each statement execute function outcome_totals_after_insert();
create trigger outcome_totals_update after update on outcomes
    referencing old table as old_rows new table as new_rows for each statement execute function outcome_totals_after_update();
create trigger outcome_totals_delete after delete on outcomes
    referencing old table as old_rows for each statement execute function outcome_totals_after_delete();
create trigger outcome_totals_sector after update on companies
    referencing old table as old_rows new table as new_rows for each statement execute function outcome_totals_after_sector_change();
-- A truncation fires no row or statement trigger the totals could follow: refuse it.
create function outcome_totals_refuse_truncate() returns trigger language plpgsql as $$
begin
    raise exception 'outcomes cannot be truncated: outcome_totals follows every change (delete the rows instead)';
end $$;
create trigger outcome_totals_no_truncate before truncate on outcomes
    for each statement execute function outcome_totals_refuse_truncate();
