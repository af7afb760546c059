-- A reopened complaint is handled again on a clock of its own (see DecisionClock#restart): the clock
-- now starts at receipt or at the latest reopening, and the extension ladder is climbed again in each
-- handling round, so an extension's level is unique within its round, not within the complaint.
alter table complaint add column clock_started_at timestamp(6) with time zone;
update complaint set clock_started_at = received_at;
alter table complaint alter column clock_started_at set not null;

alter table complaint_extension add column round_no integer default 0 not null;
alter table complaint_extension drop constraint complaint_extension_level;
alter table complaint_extension add constraint complaint_extension_level unique (complaint_id, round_no, level_no);
