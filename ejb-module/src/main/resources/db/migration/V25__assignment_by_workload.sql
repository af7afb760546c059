-- A branch may assign new complaints by workload: to the agent with the least open work, weighted by
-- severity, never to the member of staff a complaint is about, and a review never to whoever took part
-- in the first decision. Off by default: complaints are assigned by hand.
alter table branch add column assign_by_workload boolean default false not null;
