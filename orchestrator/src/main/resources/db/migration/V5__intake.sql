-- Intake (issue 9): every channel's request in one table, queued before a runner claims it. What the channel asked
-- with (severity, the alert's redacted text, its fingerprint, where to send the result) is kept with the row so a
-- runner on any replica, or after a restart, runs the same request and tells the same channel.
alter table investigations drop constraint investigations_status_check;
alter table investigations add constraint investigations_status_check
    check (status in ('QUEUED', 'RUNNING', 'COMPLETED', 'FAILED'));

alter table investigations
    add column severity     text,
    add column alert_text   text,
    add column fingerprint  text,
    add column reply_target text,
    -- How many times a runner has started it: a run cut short by a crash is run again from the start, up to a limit.
    add column attempts     integer not null default 0;

drop index investigations_running;
create index investigations_unfinished on investigations (status, created_at) where status in ('QUEUED', 'RUNNING');
create index investigations_by_source on investigations (source, created_at desc);
