-- Partners (foreign regions, agencies, companies...) and the cooperation agreements signed with them, the
-- commitments each agreement carries and the meetings held under it; programmes may name the agreement they carry out.

create table partners (
    id         uuid primary key,
    name       text not null,
    name_local text,
    kind       text not null check (kind in ('REGION', 'GOVERNMENT_AGENCY', 'BUSINESS_ASSOCIATION', 'COMPANY', 'UNIVERSITY', 'OTHER')),
    country    char(2) not null,
    city       text,
    website    text,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    version    bigint not null
);
create index partners_by_name on partners (lower(name), id);

create table agreements (
    id                 uuid primary key,
    title              text not null,
    kind               text not null check (kind in ('MOU', 'EXECUTION_AGREEMENT', 'SISTERHOOD', 'ACTION_PLAN', 'LETTER_OF_INTENT', 'OTHER')),
    signed_on          date not null,
    starts_on          date not null,
    ends_on            date,
    domestic_parties   text[] not null default '{}',
    areas              text[] not null default '{}',
    summary            text,
    terminated_on      date,
    termination_reason text,
    created_at         timestamptz not null,
    updated_at         timestamptz not null,
    version            bigint not null,
    constraint agreements_ends_after_start check (ends_on is null or ends_on >= starts_on),
    constraint agreements_termination_has_reason check ((terminated_on is null) = (termination_reason is null))
);
create index agreements_by_signing on agreements (signed_on desc, id);

create table agreement_partners (
    agreement_id uuid not null references agreements (id),
    partner_id   uuid not null references partners (id),
    position     integer not null,
    -- each partner once per agreement: the service names them distinctly (a unique index here would refuse the
    -- in-place reordering of a list by position)
    primary key (agreement_id, position)
);
create index agreement_partners_by_partner on agreement_partners (partner_id);

create table commitments (
    id           uuid primary key,
    agreement_id uuid not null references agreements (id),
    description  text not null,
    area         text not null,
    owner        text,
    due_on       date,
    status       text not null check (status in ('PLANNED', 'IN_PROGRESS', 'DONE', 'DROPPED')),
    created_at   timestamptz not null,
    updated_at   timestamptz not null,
    version      bigint not null
);
create index commitments_by_agreement on commitments (agreement_id, created_at, id);

create table meetings (
    id           uuid primary key,
    agreement_id uuid not null references agreements (id),
    held_on      date not null,
    kind         text not null check (kind in ('SIGNING', 'JOINT_CONSULTATIVE', 'WORKING_LEVEL', 'VISIT', 'OTHER')),
    place        text,
    attendees    integer check (attendees >= 0),
    summary      text,
    created_at   timestamptz not null
);
create index meetings_by_agreement on meetings (agreement_id, held_on desc, id);

alter table programmes add column agreement_id uuid references agreements (id);
create index programmes_by_agreement on programmes (agreement_id) where agreement_id is not null;
