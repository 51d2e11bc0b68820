-- A change to an asset's free-text keywords (merging near-duplicates, issue 27) is kept in the field history beside
-- the changes to its taxonomy fields, marked so that undoing it writes the keywords back, not a field of that name.
alter table tx_field_change add column keywords boolean default false not null;
