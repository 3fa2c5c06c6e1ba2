-- The runbook ledger, in its own schema so the runbook server and the orchestrator can share one database.

-- Every proposal that came back PROPOSED, keyed by its stable id: what an approval binds to and what an execution
-- re-checks against the cluster.
create table runbook.proposals (
    proposal_id       text        primary key,
    runbook           text        not null,
    target_kind       text        not null,
    target_namespace  text,
    target_name       text        not null,
    params            jsonb       not null,
    plan              jsonb       not null,
    risk              text        not null,
    requires_approval boolean     not null,
    status            text        not null check (status in ('PROPOSED', 'APPROVED', 'DENIED', 'EXECUTED', 'FAILED')),
    finding_id        text,
    created_at        timestamptz not null default now()
);

create index proposals_pending on runbook.proposals (created_at) where status = 'PROPOSED';

-- A human's decision on one proposal. A grant is single-use (used_at) and expires; a denial has no expiry.
create table runbook.approvals (
    approval_id uuid        primary key,
    proposal_id text        not null references runbook.proposals (proposal_id),
    decision    text        not null check (decision in ('GRANTED', 'DENIED')),
    decided_by  text        not null,
    reason      text,
    decided_at  timestamptz not null default now(),
    expires_at  timestamptz,
    used_at     timestamptz,
    check ((decision = 'GRANTED') = (expires_at is not null))
);

create index approvals_by_proposal on runbook.approvals (proposal_id);

create table runbook.executions (
    execution_id uuid        primary key,
    proposal_id  text        not null references runbook.proposals (proposal_id),
    approval_id  uuid        references runbook.approvals (approval_id),
    status       text        not null check (status in ('RUNNING', 'SUCCEEDED', 'FAILED')),
    started_at   timestamptz not null default now(),
    finished_at  timestamptz
);

-- At most one execution per approval, whatever happens to the single-use check above it.
create unique index executions_one_per_approval on runbook.executions (approval_id) where approval_id is not null;

create table runbook.execution_steps (
    execution_id uuid        not null references runbook.executions (execution_id),
    step_index   integer     not null check (step_index >= 0),
    action       text        not null,
    status       text        not null check (status in ('RUNNING', 'DONE', 'VERIFIED', 'FAILED')),
    detail       jsonb       not null,
    started_at   timestamptz not null default clock_timestamp(),
    finished_at  timestamptz,
    primary key (execution_id, step_index)
);

create table runbook.incidents (
    incident_id  uuid        primary key,
    title        text        not null,
    severity     text        not null,
    summary      text        not null,
    finding_ids  jsonb       not null,
    proposal_ids jsonb       not null,
    created_by   text        not null,
    created_at   timestamptz not null default now()
);

-- Who did what, in order; rows are only ever added.
create table runbook.audit (
    seq         bigint      generated always as identity primary key,
    at          timestamptz not null default clock_timestamp(),
    actor       text        not null,
    action      text        not null check (action in ('PROPOSED', 'APPROVED', 'DENIED', 'EXECUTION_REFUSED',
                    'STEP_STARTED', 'STEP_DONE', 'STEP_FAILED', 'VERIFIED', 'ROLLED_BACK', 'INCIDENT_CREATED')),
    proposal_id text,
    detail      jsonb       not null
);

create index audit_by_proposal on runbook.audit (proposal_id, seq);

create function runbook.audit_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'runbook.audit is append-only';
end
$$;

create trigger audit_append_only before update or delete on runbook.audit
    for each row execute function runbook.audit_is_append_only();
