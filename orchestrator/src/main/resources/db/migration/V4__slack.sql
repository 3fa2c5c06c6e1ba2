-- Slack (package slack). Interaction payloads already handled: the same signed bytes sent again inside the
-- signature's five-minute window do nothing. Rows older than that are of no use and are deleted as new ones come.
create table slack_interactions (
    payload_sha256 text        primary key,
    received_at    timestamptz not null
);

-- The approval a Slack approver was given, by proposal, so the Execute button runs it without the approval's id ever
-- appearing in a message. Replaced when the proposal is approved again (after a revoke or an expiry).
create table slack_approvals (
    proposal_id text        primary key,
    approval_id text        not null,
    approved_by text        not null,
    approved_at timestamptz not null
);

-- Reports posted to Slack: an investigation announced twice (a replica's sweep after a crash) is posted once.
create table slack_deliveries (
    investigation_id uuid        primary key references investigations (id) on delete cascade,
    target           text        not null,
    delivered_at     timestamptz not null
);

-- The channel thread of each alert fingerprint: a re-firing alert's report lands in the thread of its first.
create table slack_threads (
    fingerprint text        primary key,
    channel     text        not null,
    thread_ts   text        not null,
    created_at  timestamptz not null
);

-- What people said of a report (Slack's feedback buttons; the chat UI's later): one verdict per person, the latest.
create table investigation_feedback (
    investigation_id uuid        not null references investigations (id) on delete cascade,
    person           text        not null,
    verdict          text        not null check (verdict in ('HELPFUL', 'WRONG_DIAGNOSIS')),
    channel          text        not null,
    given_at         timestamptz not null,
    primary key (investigation_id, person)
);
