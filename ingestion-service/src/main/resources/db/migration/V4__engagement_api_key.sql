-- the API key that sent each raw event (its id, never the key), kept for audit; null when a person sent or imported it
alter table engagement add column api_key_id text;
