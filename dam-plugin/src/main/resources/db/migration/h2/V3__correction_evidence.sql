-- A correction keeps the audit's evidence beside its proposal: the held-out probabilities of the terms in question
-- ("term=0.912|term=0.031"), where its score ranks among the audited assets, and the nearest labelled assets
-- ("id|id|id"). Corrections an earlier audit proposed have none (rank 0); the next audit replaces the pending ones.
-- appliedTerms: what an approval wrote when the librarian fixed the asset to other terms than proposed.
alter table tx_correction add column termProbabilities varchar(4000);
alter table tx_correction add column neighbourIds varchar(1000);
alter table tx_correction add column scoreRank integer default 0 not null;
alter table tx_correction add column rankedAssets integer default 0 not null;
alter table tx_correction add column appliedTerms varchar(4000);
