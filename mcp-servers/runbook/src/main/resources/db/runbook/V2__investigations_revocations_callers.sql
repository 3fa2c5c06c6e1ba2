-- A proposal belongs to the investigation that made it (its id is computed with it, so two investigations never
-- share a proposal or its approval); a grant can be revoked while unused; an execution names who asked for it; a
-- check that could observe nothing is UNVERIFIED, not VERIFIED.

alter table runbook.proposals add column investigation_id text;

create index proposals_by_investigation on runbook.proposals (investigation_id, created_at);

alter table runbook.approvals
    add column revoked_at    timestamptz,
    add column revoked_by    text,
    add column revoke_reason text,
    add constraint approvals_revoked_unused check (revoked_at is null or (decision = 'GRANTED' and used_at is null)),
    add constraint approvals_revoked_by check ((revoked_at is null) = (revoked_by is null));

create index approvals_by_decision on runbook.approvals (decided_at desc);

alter table runbook.executions add column executed_by text;

create index executions_newest on runbook.executions (started_at desc);

alter table runbook.execution_steps drop constraint execution_steps_status_check,
    add constraint execution_steps_status_check
        check (status in ('RUNNING', 'DONE', 'VERIFIED', 'UNVERIFIED', 'FAILED'));

alter table runbook.audit drop constraint audit_action_check,
    add constraint audit_action_check check (action in ('PROPOSED', 'APPROVED', 'DENIED', 'REVOKED',
        'EXECUTION_REFUSED', 'EXECUTION_STARTED', 'STEP_STARTED', 'STEP_DONE', 'STEP_FAILED', 'VERIFIED',
        'UNVERIFIED', 'ROLLED_BACK', 'INCIDENT_CREATED'));
