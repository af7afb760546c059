-- The JR/T 0169 code lists as versions: a revised list adds codes and retires others, each retired code
-- naming the code that replaces it. Codes are never deleted, so a case keeps the code it was classified
-- with, and statistics can name, for a retired code, the code it became.
create table complaint_code_list (
    version        integer      not null primary key,
    title          varchar(200) not null,
    source         varchar(300) not null,
    effective_from date         not null,
    loaded_by      varchar(64),
    loaded_at      timestamp with time zone
);
insert into complaint_code_list (version, title, source, effective_from) values
    (1, 'JR/T 0169-2018（临时编码）', 'JR/T 0169-2018 金融消费者投诉统计分类及编码 银行业金融机构（中国人民银行，2018-09-04）',
     date '2018-09-04');
alter table complaint_code add column introduced_in integer default 1 not null;
alter table complaint_code add column retired_in integer;
alter table complaint_code add column replaced_by varchar(16);
alter table complaint_code add constraint complaint_code_introduced foreign key (introduced_in) references complaint_code_list (version);
alter table complaint_code add constraint complaint_code_retired foreign key (retired_in) references complaint_code_list (version);
alter table complaint_code add constraint complaint_code_replaced foreign key (replaced_by) references complaint_code (code);
