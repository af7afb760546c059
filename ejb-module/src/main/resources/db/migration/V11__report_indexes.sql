-- The regulator's statistics count complaints by when they were told and closed as well as by when they
-- were received (indexed since V6): ranges over a million complaints must not scan the table.
create index complaint_responded on complaint (responded_at);
create index complaint_closed on complaint (closed_at);
create index return_visit_completed on return_visit (completed_at);
create index follow_up_due on follow_up (due_on);
