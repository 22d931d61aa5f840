-- Results over time: a programme's reference date without a fair, follow-up schedules and submitted rounds,
-- the signing date of contracts, and the verification of signed contracts by export evidence.

alter table programmes add column activity_ends_on date;

-- Months after the reference date at which each ATTENDED participation reports; absent: 0, 3, 6, 12.
create table follow_up_schedules (
    programme_id  uuid primary key references programmes (id),
    months        integer[] not null check (cardinality(months) between 1 and 8 and 0 <= all (months) and 36 >= all (months)),
    updated_at    timestamptz not null,
    version       bigint not null
);

-- A round is submitted once: the SME (or an officer) confirms the participation's outcomes are up to date.
create table follow_up_submissions (
    participation_id  uuid not null references participations (id),
    month             integer not null check (month between 0 and 36),
    note              text,
    submitted_by      text not null,
    submitted_at      timestamptz not null,
    primary key (participation_id, month)
);

alter table outcomes add column signed_on date;
alter table outcomes add constraint outcomes_signed_not_before_occurred check (signed_on is null or signed_on >= occurred_on);
update outcomes set signed_on = occurred_on where kind = 'CONTRACT' and status = 'SIGNED';

alter table outcomes add column verification_status text check (verification_status in ('VERIFIED', 'REJECTED'));
alter table outcomes add column evidence_kind text
    check (evidence_kind in ('EXPORT_DECLARATION', 'COMMERCIAL_INVOICE', 'BILL_OF_LADING', 'SIGNED_CONTRACT'));
alter table outcomes add column evidence_reference text;
alter table outcomes add column evidence_key text;
alter table outcomes add column verified_by_subject text;
alter table outcomes add column verified_by_name text;
alter table outcomes add column verified_at timestamptz;
alter table outcomes add constraint outcomes_verification_complete check (
    (verification_status is null) = (evidence_kind is null)
    and (verification_status is null) = (evidence_key is null)
    and (verification_status is null) = (verified_at is null));
-- One piece of evidence (an export declaration, say) backs one verified contract, under any concurrency.
create unique index outcomes_one_contract_per_evidence on outcomes (evidence_kind, evidence_key)
    where verification_status = 'VERIFIED';

create index outcomes_signed_by_programme on outcomes (programme_id, signed_on) where kind = 'CONTRACT';
