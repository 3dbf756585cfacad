-- The room's version: one more on every change a live view shows (an answer, a moderation, the next prompt, a
-- reveal...), in the transaction that makes the change. A view that is behind it re-reads the room (decision 0047).
alter table seminar_session add column live_version bigint default 0 not null;
