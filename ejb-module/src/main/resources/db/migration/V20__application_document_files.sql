-- An application's "documents provided" checklist points at its evidence files: each checklist item may
-- name the uploaded file that provides it (the scan of the identity card, the signed form).
create table application_document_file (
    application_id bigint      not null references business_application (id),
    document_code  varchar(32) not null,
    attachment_id  bigint      not null references attachment (id),
    primary key (application_id, document_code)
);
create index application_document_file_attachment on application_document_file (attachment_id);
