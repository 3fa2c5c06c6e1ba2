-- Which process runs an investigation, and when it last said it still does. Replicas share the database: a RUNNING
-- row is abandoned only when its heartbeat is older than the lease, or it has none (written before this column).
alter table investigations
    add column runner_id    uuid,
    add column heartbeat_at timestamptz;
