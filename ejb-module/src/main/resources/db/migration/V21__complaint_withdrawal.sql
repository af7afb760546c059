-- A customer may withdraw a complaint (CBIRC 2020 No.3 art. 15): the procedure ends on the day the
-- withdrawal is received. WITHDRAWN is a final status; the complaint keeps when, why and how.
alter table complaint add column withdrawn_at timestamp with time zone;
alter table complaint add column withdrawal_reason varchar(1000);
alter table complaint add column withdrawal_channel varchar(16);
alter table complaint drop constraint complaint_status;
alter table complaint add constraint complaint_status check (status in ('RECEIVED', 'ACCEPTED', 'DECLINED',
    'INVESTIGATING', 'RESOLUTION_PROPOSED', 'RESPONDED', 'UNDER_REVIEW', 'CLOSED', 'REOPENED', 'WITHDRAWN'));
