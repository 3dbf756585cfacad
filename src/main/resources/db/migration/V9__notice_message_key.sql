-- A notice keeps what it says as a message key and its arguments, so each reader sees it in her own interface
-- language when she reads it (issue #7). The arguments are a JSON array of strings (user text: a lesson title, a
-- name, a reason). message keeps the English text; rows from before have no key and are shown as written.
alter table notice add column message_key varchar(100);
alter table notice add column message_args varchar(4000);
