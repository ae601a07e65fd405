-- who published and who archived a model version (the gateway's X-LeadFlow-User); null for changes made before
alter table scoring_model_version add column published_by text;
alter table scoring_model_version add column archived_by text;
