-- Alert webhooks (package alerting). One row per alert identity (Alertmanager's fingerprint and startsAt, PagerDuty's
-- incident, the generic fingerprint): the investigation it started. Inserted in the transaction that stores that
-- investigation, upserted only once the investigation has finished longer than the dedupe window ago, so two
-- replicas receiving the same alert at the same moment start one investigation between them.
create table alert_dedupe (
    fingerprint      text        primary key,
    investigation_id uuid        not null references investigations (id) on delete cascade deferrable initially deferred,
    created_at       timestamptz not null
);

-- When the alert that started an investigation resolved (Alertmanager's resolved notification): shown in its report.
alter table investigations add column alert_resolved_at timestamptz;

-- Authenticated alerts that could not become an investigation (a cluster this service does not reach, a namespace
-- that is no namespace name), kept with the reason so nothing is lost silently; GET /api/v1/alerts/rejected.
create table rejected_alerts (
    id          uuid        primary key,
    source      text        not null,
    received_at timestamptz not null,
    reason      text        not null,
    fingerprint text,
    alert       jsonb       not null
);

create index rejected_alerts_recent on rejected_alerts (received_at desc);
