-- The retag and embed jobs shared out over the servers (issue 30): a queued task says what is to be done to its asset
-- (TAG as after an upload, or EMBED only), and each server counts, at its heartbeat, the assets it has tagged and
-- those it has only embedded since it started, so that admins see the work spread; an execution may be asked to stop
-- by an admin on another server than the one that runs it.
alter table tx_tagging_task add column work varchar(8) default 'TAG' not null;
alter table tx_server_node add column tagged bigint default 0 not null;
alter table tx_server_node add column embedded bigint default 0 not null;
alter table tx_job_node add column stopRequested boolean default false not null;
