-- A complaint may come through a representative (CBIRC 2020 No.3 art. 14): an agent with a written
-- authorisation, an heir, a guardian. Their phone is personal data, encrypted like the customer's;
-- the authorisation is one of the evidence files, and a complaint is not accepted without it.
alter table complaint add column representative_name varchar(100);
alter table complaint add column representative_relation varchar(16);
alter table complaint add column representative_phone_enc varchar(200);
alter table complaint add column representative_authorisation_id bigint references attachment (id);
alter table complaint add constraint complaint_representative_relation
    check (representative_relation is null or representative_relation in ('AGENT', 'HEIR', 'GUARDIAN'));
alter table complaint add constraint complaint_representative_named
    check ((representative_name is null) = (representative_relation is null));
