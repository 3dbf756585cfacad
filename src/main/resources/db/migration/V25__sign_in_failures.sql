-- Failed sign-ins, counted by the sign-in throttle (identity.signin.LoginThrottle, decision 0031) in the database
-- rather than in one node's memory, so that every node of a cluster counts the same failures and a restart forgets
-- none of them (decision 0048). One row per counter and key (an account at an address, an account, an address, a
-- known device): the instant, in milliseconds since 1970 UTC, when all of the key's failures will have been forgiven.
-- Milliseconds in a bigint keep the one statement that counts a failure, greatest(stored, now) + one step, plain SQL
-- on H2 and PostgreSQL alike. Rows whose failures are all forgiven mean nothing and are deleted now and then.
create table sign_in_failure (
    counter_name    varchar(20)  not null,
    throttle_key    varchar(300) not null,
    all_forgiven_at bigint       not null,
    constraint pk_sign_in_failure primary key (counter_name, throttle_key)
);

create index ix_sign_in_failure_forgiven on sign_in_failure (all_forgiven_at);
