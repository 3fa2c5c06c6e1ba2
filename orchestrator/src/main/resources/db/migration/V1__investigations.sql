-- One row per investigation. The report is the API's answer, kept whole as jsonb; the columns beside it serve the
-- list endpoint and start-up recovery without reading the documents.
create table investigations (
    id           uuid        primary key,
    status       text        not null check (status in ('RUNNING', 'COMPLETED', 'FAILED')),
    question     text        not null,
    cluster      text        not null,
    namespace    text,
    source       text        not null,
    created_at   timestamptz not null,
    finished_at  timestamptz,
    findings     integer     not null default 0,
    root_causes  integer     not null default 0,
    remediations integer     not null default 0,
    report       jsonb       not null
);

create index investigations_recent on investigations (created_at desc);
create index investigations_running on investigations (status) where status = 'RUNNING';

-- Progress as it happened, numbered per investigation: replayed to late SSE subscribers (on any replica) and folded
-- into the report of a running investigation. The last event of a finished investigation is report-ready.
create table investigation_events (
    investigation_id uuid        not null references investigations (id) on delete cascade,
    seq              integer     not null check (seq > 0),
    type             text        not null,
    data             jsonb       not null,
    created_at       timestamptz not null,
    primary key (investigation_id, seq)
);
