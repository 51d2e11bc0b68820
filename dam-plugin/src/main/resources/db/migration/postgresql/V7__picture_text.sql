-- The text read in each asset's image (issue 28: OCR), its lines with their boxes, and the fields marked as brand
-- lists, whose terms are spotted in that text.
create sequence tx_picture_text_SEQ start with 1 increment by 50;

create table tx_picture_text (
    id bigint not null,
    assetId bigint not null,
    contentHash varchar(64) not null,
    readAt timestamp(6) with time zone not null,
    source varchar(300) not null,
    primary key (id),
    unique (assetId, source)
);

create table tx_picture_text_line (
    PictureText_id bigint not null,
    boxHeight float4,
    boxLeft float4,
    boxTop float4,
    boxWidth float4,
    lineText varchar(1000) not null,
    score float4,
    lines_ORDER integer not null,
    primary key (PictureText_id, lines_ORDER)
);

alter table tx_picture_text_line
   add constraint fk_picture_text_line
   foreign key (PictureText_id)
   references tx_picture_text;

alter table tx_field_automation add column brandList boolean default false not null;
