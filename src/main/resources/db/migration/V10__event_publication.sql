-- Spring Modulith's event publication registry (decision 0028): an event one feature publishes for a listener in
-- another (feedback released -> a notice) is stored in the transaction that published it, and stays here until that
-- listener has handled it; a crash or a failed listener leaves it here to be handled again when the app restarts.
-- Columns as the registry's JPA entity (spring-modulith-events-jpa 2.0) maps them. Completed publications are deleted
-- (spring.modulith.events.completion-mode=delete), so the table holds only what is still to be handled.
create table event_publication (
    id                     uuid                     not null primary key,
    listener_id            varchar(512)             not null,
    event_type             varchar(512)             not null,
    serialized_event       varchar(10000)           not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 varchar(20),
    completion_attempts    integer                  not null,
    last_resubmission_date timestamp with time zone
);

create index ix_event_publication_completion on event_publication (completion_date);
