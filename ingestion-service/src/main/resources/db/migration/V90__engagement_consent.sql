-- The consent signal an engagement carried (docs/privacy.md, "Suppression and consent"): kept with the engagement so
-- that a withdrawal an anonymous visitor sent is applied to the person when their identity is linked later.
alter table engagement add column consent_marketing boolean;
alter table engagement add column consent_profiling boolean;
