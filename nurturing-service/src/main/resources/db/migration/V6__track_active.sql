-- Marketing pauses a track without losing it: an inactive track takes no new leads; leads on it finish their steps.
alter table nurture_track add column active boolean not null default true;
