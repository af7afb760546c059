-- A publisher claims a batch of the outbox with one UPDATE that writes its own token on the rows it wins,
-- then reads back the rows carrying it (before: one UPDATE per row, a hundred statements a batch).
alter table domain_event add column claim_token varchar(36);
