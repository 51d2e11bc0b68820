-- The reference DAM's similar-image index: each asset's image embedding by each backbone the plugin gave one for,
-- 4 little-endian bytes a float (at most 4,096 floats, the search index's limit). Filled as images are embedded;
-- the embed job fills it for assets embedded before it existed.
create table dam_asset_vector (
    asset_id bigint not null,
    backbone varchar(200) not null,
    embedding varbinary(16384) not null,
    primary key (asset_id, backbone)
);

alter table if exists dam_asset_vector
   add constraint FK_dam_asset_vector_asset
   foreign key (asset_id)
   references dam_asset;
