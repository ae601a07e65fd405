-- A rep's own working hours now bound routing and their SLA clock; null means none of their own (they work when
-- their team does). Until now every rep got '09:00-17:00' in UTC as a column default that nothing read, so those
-- values are taken as "not set": today's behaviour stays for every rep until someone gives them hours.
alter table sales_rep alter column working_hours drop not null;
alter table sales_rep alter column working_hours drop default;
update sales_rep set working_hours = null where working_hours = '09:00-17:00' and time_zone = 'UTC';
