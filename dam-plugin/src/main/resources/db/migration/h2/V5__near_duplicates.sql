-- Near-duplicates (issue 27): each image's 64-bit perceptual hash, kept by content hash beside its embeddings, and
-- the pairs of assets found to be the same picture, each with its review (pending, approved = merged, rejected =
-- not duplicates), remembered so that a re-run never proposes a decided pair again.
create sequence tx_duplicate_pair_SEQ start with 1 increment by 50;

create table tx_image_fingerprint (
    contentHash varchar(64) not null,
    perceptualHash bigint not null,
    primary key (contentHash)
);

create table tx_duplicate_pair (
    id bigint not null,
    firstAsset bigint not null,
    secondAsset bigint not null,
    hashDistance integer not null,
    cosine float(53) not null,
    foundAt timestamp(6) with time zone not null,
    status enum ('APPROVED','AUTOMATIC','PENDING','REJECTED') not null,
    decidedBy varchar(255),
    decidedAt timestamp(6) with time zone,
    keptAsset bigint,
    version bigint not null,
    primary key (id),
    unique (firstAsset, secondAsset)
);

create index tx_duplicate_pair_status on tx_duplicate_pair (status);

create index tx_duplicate_pair_second on tx_duplicate_pair (secondAsset);
