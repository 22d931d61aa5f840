-- Selection by scored review: settings per call (a programme or a voucher programme), the reviewer
-- panel, reviews with their scores, the committee decisions, waitlist positions, and eligibility by
-- export stage and revenue tiers. A call is a programme or a voucher programme; their ids are UUIDs
-- of two tables, so call_id names either and call_kind says which.

create table selection_settings (
    call_id           uuid primary key,
    call_kind         text not null check (call_kind in ('PROGRAMME', 'VOUCHER_PROGRAMME')),
    seats             integer not null check (seats between 1 and 100000),
    reviews_required  integer not null check (reviews_required between 1 and 9),
    created_at        timestamptz not null,
    updated_at        timestamptz not null,
    version           bigint not null
);

create table selection_criteria (
    call_id   uuid not null references selection_settings (call_id),
    position  integer not null,
    key       text not null check (key ~ '^[a-z0-9-]{1,40}$'),
    label     text not null,
    weight    numeric(9, 4) not null check (weight > 0),
    primary key (call_id, position),
    -- Checked at commit: replacing the criteria rewrites them by position.
    constraint selection_criteria_unique_key unique (call_id, key) deferrable initially deferred
);

create table selection_reviewers (
    id             uuid primary key,
    call_id        uuid not null,
    call_kind      text not null check (call_kind in ('PROGRAMME', 'VOUCHER_PROGRAMME')),
    subject        text not null,
    name           text not null,
    added_by       text not null,
    added_at       timestamptz not null,
    constraint selection_reviewers_one_per_call unique (call_id, subject)
);
create index selection_reviewers_by_subject on selection_reviewers (subject, call_id);

-- One review per reviewer and application. A conflict-of-interest declaration carries no scores.
-- weighted_total = sum(weight * score) and weight_total = sum(weight) over the call's criteria, so a
-- review's weighted score is weighted_total / weight_total and an application's mean is
-- sum(weighted_total) / sum(weight_total) (the criteria, and so weight_total, are fixed once reviewed).
create table reviews (
    id                    uuid primary key,
    call_id               uuid not null,
    application_id        uuid not null,
    reviewer_subject      text not null,
    reviewer_name         text not null,
    conflict_of_interest  boolean not null,
    weighted_total        numeric(24, 4),
    weight_total          numeric(24, 4),
    comment               text,
    submitted_at          timestamptz not null,
    constraint reviews_one_per_reviewer unique (application_id, reviewer_subject),
    check (conflict_of_interest = (weighted_total is null)),
    check ((weighted_total is null) = (weight_total is null)),
    check (weight_total is null or weight_total > 0)
);
create index reviews_by_call on reviews (call_id, application_id);

create table review_scores (
    review_id      uuid not null references reviews (id),
    criterion_key  text not null,
    score          integer not null check (score between 0 and 100),
    primary key (review_id, criterion_key)
);

create table selection_decisions (
    id                  uuid primary key,
    programme_id        uuid not null references programmes (id),
    decided_at          timestamptz not null,
    decided_by_subject  text not null,
    decided_by_name     text not null,
    reason              text not null,
    selected            uuid[] not null,
    waitlisted          uuid[] not null,
    ranking             jsonb not null
);
create index selection_decisions_by_programme on selection_decisions (programme_id, decided_at desc, id);

-- Waitlist positions: 1, 2, ... per programme, only while WAITLISTED. Positions shift by one when a
-- participation leaves the waitlist, so uniqueness is checked at commit.
alter table participations add column waitlist_position integer check (waitlist_position > 0);
update participations p set waitlist_position = w.position
  from (select id, row_number() over (partition by programme_id order by updated_at, created_at, id) as position
          from participations where status = 'WAITLISTED') w
 where p.id = w.id;
alter table participations add constraint participations_waitlist_position_while_waiting
    check ((status = 'WAITLISTED') = (waitlist_position is not null));
alter table participations add constraint participations_waitlist_position_unique
    unique (programme_id, waitlist_position) deferrable initially deferred;

-- Eligibility by export stage (null: every stage) and the voucher share by revenue tier.
alter table programmes add column eligible_export_stages text[];
alter table voucher_programmes add column eligible_export_stages text[];

create table voucher_share_tiers (
    programme_id      uuid not null references voucher_programmes (id),
    position          integer not null,
    revenue_below     numeric(19, 0) check (revenue_below > 0),
    government_share  numeric(5, 4) not null check (government_share > 0 and government_share <= 1),
    primary key (programme_id, position)
);
