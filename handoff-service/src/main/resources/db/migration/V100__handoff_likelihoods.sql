-- the lead's likelihoods of being won when it qualified (one per published predictive model), shown to the rep
alter table handoff add column likelihoods jsonb not null default '[]'::jsonb;
