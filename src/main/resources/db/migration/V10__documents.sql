-- Documents attached to claims, outcomes, companies and participations. The row holds what the API shows and
-- where the bytes are: in document_contents (PostgreSQL, the default: they commit or roll back with the row) or in
-- an S3-compatible bucket under the document's id. A deleted document keeps its bytes for audit.
create table documents (
    id                   uuid primary key,
    owner_type           text not null check (owner_type in ('claim', 'outcome', 'company', 'participation')),
    owner_id             uuid not null,
    company_id           uuid not null references companies (id),
    kind                 text not null check (kind in ('INVOICE', 'RECEIPT', 'CONTRACT', 'EXPORT_DECLARATION', 'BILL_OF_LADING',
                                                       'BUSINESS_REGISTRATION', 'OTHER')),
    filename             text not null check (length(filename) between 1 and 255),
    content_type         text not null check (content_type in ('application/pdf', 'image/png', 'image/jpeg')),
    size                 bigint not null check (size >= 0),
    sha256               char(64) not null check (sha256 ~ '^[0-9a-f]{64}$'),
    storage              text not null check (storage in ('postgres', 's3')),
    uploaded_by_subject  text not null,
    uploaded_by_name     text not null,
    uploaded_at          timestamptz not null,
    deleted_at           timestamptz,
    deleted_by           text
);
create index documents_by_owner on documents (owner_type, owner_id, uploaded_at, id) where deleted_at is null;
create index documents_by_sha256 on documents (sha256) where deleted_at is null;

create table document_contents (
    document_id  uuid primary key references documents (id) deferrable initially deferred,
    bytes        bytea not null
);
