-- Who asked for an investigation, as the channel knew them (a token's subject, slack:U...): the trace's user in
-- LangFuse. Null for alerts and unauthenticated calls.
alter table investigations add column requester text;
