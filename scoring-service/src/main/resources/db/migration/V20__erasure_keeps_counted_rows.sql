-- erasure (docs/privacy.md) moves a lead's counted rows to a fresh random id: its timeline follows
alter table timeline drop constraint timeline_lead_id_fkey,
    add constraint timeline_lead_id_fkey foreign key (lead_id) references lead_state (lead_id) on update cascade;
alter table lead_model_state drop constraint lead_model_state_lead_id_fkey,
    add constraint lead_model_state_lead_id_fkey foreign key (lead_id) references lead_state (lead_id)
        on update cascade;
