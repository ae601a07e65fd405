-- who last changed marketing's settings through the API (the gateway's X-LeadFlow-User); null while as seeded
alter table nurture_settings add column updated_by text;
