-- Hibernate Search's outbox (issue 30): with several servers on one database, each server writes what it changed
-- to HSEARCH_OUTBOX_EVENT in the same transaction, and the servers' agents (HSEARCH_AGENT) share out the events and
-- index each exactly once. Unused on one server with the embedded Lucene index. Columns as Hibernate Search 7.2 maps
-- them (schema validation checks them); the indexes are named here, Hibernate Search's names being plain words.
create table HSEARCH_AGENT (
    assignedShardIndex integer,
    totalShardCount integer,
    expiration timestamp(6) with time zone not null,
    id uuid not null,
    name varchar(255) not null,
    tenantId varchar(255),
    payload blob,
    state enum ('RUNNING','SUSPENDED','WAITING') not null,
    type enum ('EVENT_PROCESSING_DYNAMIC_SHARDING','EVENT_PROCESSING_STATIC_SHARDING','MASS_INDEXING') not null,
    primary key (id)
);

create table HSEARCH_OUTBOX_EVENT (
    entityIdHash integer not null,
    retries integer not null,
    processAfter timestamp(6) with time zone not null,
    id uuid not null,
    entityId varchar(256) not null,
    entityName varchar(256) not null,
    tenantId varchar(255),
    payload blob not null,
    status enum ('ABORTED','PENDING') not null,
    primary key (id)
);

create index hsearch_outbox_event_entity_id_hash
   on HSEARCH_OUTBOX_EVENT (entityIdHash);

create index hsearch_outbox_event_status
   on HSEARCH_OUTBOX_EVENT (status);

create index hsearch_outbox_event_process_after
   on HSEARCH_OUTBOX_EVENT (processAfter);
