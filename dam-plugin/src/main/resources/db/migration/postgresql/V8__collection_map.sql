-- The collection map (issue 29): each run of the map job, its mapped assets' places in one value (16 bytes an
-- asset), and the assets placed on a run after it was drawn.
create sequence tx_map_run_SEQ start with 1 increment by 50;
create sequence tx_map_placement_SEQ start with 1 increment by 50;

create table tx_map_run (
    id bigint not null,
    backbone varchar(300) not null,
    method varchar(500) not null,
    seed bigint not null,
    assets integer not null,
    skipped integer not null,
    seconds float(53) not null,
    createdAt timestamp(6) with time zone not null,
    createdBy varchar(255) not null,
    primary key (id)
);

create table tx_map_run_points (
    runId bigint not null,
    points oid not null,
    primary key (runId)
);

alter table tx_map_run_points
   add constraint fk_map_run_points
   foreign key (runId)
   references tx_map_run;

create table tx_map_placement (
    id bigint not null,
    runId bigint not null,
    assetId bigint not null,
    x float4 not null,
    y float4 not null,
    placedAt timestamp(6) with time zone not null,
    primary key (id),
    unique (runId, assetId)
);

create index tx_map_placement_asset on tx_map_placement (assetId);
