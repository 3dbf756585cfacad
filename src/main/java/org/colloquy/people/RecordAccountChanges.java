package org.colloquy.people;

import java.time.Clock;
import java.util.Set;
import java.util.stream.Collectors;
import org.colloquy.identity.AccountChanged;
import org.colloquy.identity.Role;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Records every change of an account in the transaction that made it: no change without its record. */
@Component
class RecordAccountChanges {

    private final AccountChangeRecordRepository records;
    private final Clock clock;

    RecordAccountChanges(AccountChangeRecordRepository records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    @EventListener
    void on(AccountChanged changed) {
        records.save(new AccountChangeRecord(clock.instant(), changed.changedBy(), changed.accountId(),
                changed.change().name(), roles(changed.rolesBefore()) + ">" + roles(changed.rolesAfter())));
    }

    static String roles(Set<Role> roles) {
        return roles.stream().sorted().map(Role::name).collect(Collectors.joining(","));
    }
}
