-- Group complaints (CBIRC 2020 No.3 art. 12): several customers with one complaint send at most five
-- representatives. The group is a parent complaint holding the representatives; each affected customer
-- has an ordinary complaint of their own pointing at it, which follows the parent's decision unless it
-- is handled apart.
alter table complaint add column parent_id bigint references complaint (id);
alter table complaint add column handled_apart boolean default false not null;
create index complaint_parent on complaint (parent_id);

create table complaint_group_representative (
    complaint_id bigint        not null references complaint (id),
    position     integer       not null,
    name         varchar(100)  not null,
    phone_enc    varchar(200),
    primary key (complaint_id, position)
);
