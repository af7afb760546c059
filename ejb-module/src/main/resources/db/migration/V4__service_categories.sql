-- Service request categories, after the manual's 服务内容标准 (1.3): account management, money
-- operations, product enquiries, account security, and the rest of a desk's daily work.
insert into service_category (code, name_zh, name_en, sort_order) values
    ('ACCOUNT',      '账户管理',     'Account management',          1),
    ('FUNDS',        '资金操作',     'Money operations',            2),
    ('PRODUCT',      '金融产品咨询', 'Financial product enquiries', 3),
    ('SECURITY',     '账户安全',     'Account security',            4),
    ('CARD',         '银行卡服务',   'Card services',               5),
    ('LOAN',         '贷款服务',     'Loan services',               6),
    ('DIGITAL',      '电子渠道服务', 'Online and mobile banking',   7),
    ('OTHER',        '其他',         'Other',                       99);
