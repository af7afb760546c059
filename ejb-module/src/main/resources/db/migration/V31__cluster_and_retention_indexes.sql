-- Retention looks for customers whose every record is anonymised: each kind of record by its customer.
create index service_request_customer on service_request (customer_id);
create index business_application_customer on business_application (customer_id);
create index return_visit_customer on return_visit (customer_id);

-- The audit sealer runs on every server of a cluster; each seal first locks this row, so that two servers
-- never chain two anchors to the same predecessor.
create table audit_seal_lock (
    id integer primary key
);
insert into audit_seal_lock (id) values (1);
