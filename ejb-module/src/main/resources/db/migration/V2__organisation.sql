-- Regions and branches. Division codes are GB/T 2260 administrative divisions.
insert into region (code, name_zh, name_en, division_code) values
    ('NORTH', '华北区域', 'North China Region', '110000'),
    ('EAST',  '华东区域', 'East China Region',  '310000');

insert into branch (code, region_code, name_zh, name_en, division_code) values
    ('BJ01', 'NORTH', '北京东城支行', 'Beijing Dongcheng Branch', '110101'),
    ('BJ02', 'NORTH', '北京海淀支行', 'Beijing Haidian Branch',   '110108'),
    ('SH01', 'EAST',  '上海浦东支行', 'Shanghai Pudong Branch',   '310115'),
    ('SH02', 'EAST',  '上海徐汇支行', 'Shanghai Xuhui Branch',    '310104'),
    ('HZ01', 'EAST',  '杭州西湖支行', 'Hangzhou Xihu Branch',     '330106');
