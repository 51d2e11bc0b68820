-- Several servers on one database (issue 30): each server's heartbeat, the server that claimed a waiting tagging
-- task, and the server that runs each job execution (the batch runtime's own repository does not say).
create table tx_server_node (
    id varchar(64) not null,
    home varchar(1000) not null,
    startedAt timestamp(6) with time zone not null,
    heartbeatAt timestamp(6) with time zone not null,
    primary key (id)
);

alter table tx_tagging_task add column claimedBy varchar(64);

create table tx_job_node (
    executionId bigint not null,
    nodeId varchar(64) not null,
    primary key (executionId)
);
