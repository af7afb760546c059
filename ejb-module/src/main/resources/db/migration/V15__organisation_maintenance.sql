-- Branches and regions become data the bank maintains in the product: a branch is opened, renamed and
-- closed (once its open cases have moved elsewhere); a closed branch stays, because its cases do.
alter table region add column row_version bigint default 0 not null;
alter table branch add column status varchar(8) default 'OPEN' not null;
alter table branch add column opened_on date;
alter table branch add column closed_on date;
alter table branch add column row_version bigint default 0 not null;
alter table branch add constraint branch_status check (status in ('OPEN', 'CLOSED'));
