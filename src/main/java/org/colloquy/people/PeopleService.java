package org.colloquy.people;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.colloquy.cohort.CohortService;
import org.colloquy.identity.AccountAdministration;
import org.colloquy.identity.AccountChanged;
import org.colloquy.identity.PeopleOrder;
import org.colloquy.identity.Person;
import org.colloquy.identity.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the people page reads: everyone, a page at a time, with their classes, and the record of changes. What it
 * changes, it changes through {@link AccountAdministration}, which owns accounts.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class PeopleService {

    private final AccountAdministration administration;
    private final CohortService cohorts;
    private final AccountChangeRecordRepository records;

    PeopleService(AccountAdministration administration, CohortService cohorts, AccountChangeRecordRepository records) {
        this.administration = administration;
        this.cohorts = cohorts;
        this.records = records;
    }

    @Transactional(readOnly = true)
    public List<PersonRow> people(String search, @Nullable Role role, int offset, int limit, PeopleOrder order,
                                  boolean descending) {
        List<Person> people = administration.find(search, role, offset, limit, order, descending);
        Map<Long, List<String>> classes = cohorts.classNamesOf(people.stream().map(Person::id).toList());
        return people.stream().map(person -> new PersonRow(person, classes.getOrDefault(person.id(), List.of())))
                .toList();
    }

    @Transactional(readOnly = true)
    public long count(String search, @Nullable Role role) {
        return administration.count(search, role);
    }

    /** The record of changes, newest first, a page at a time. */
    @Transactional(readOnly = true)
    public List<AuditEntry> changes(int offset, int limit) {
        int size = Math.max(1, Math.min(limit, 500));
        List<AccountChangeRecord> page = records.newestFirst(PageRequest.of(Math.max(0, offset) / size, size));
        Set<Long> ids = new HashSet<>();
        page.forEach(record -> {
            ids.add(record.getSubjectId());
            if (record.getActorId() != null) {
                ids.add(record.getActorId());
            }
        });
        Map<Long, Person> people = administration.peopleById(ids);
        List<AuditEntry> entries = new ArrayList<>();
        for (AccountChangeRecord record : page) {
            Person subject = people.get(record.getSubjectId());
            Person actor = record.getActorId() == null ? null : people.get(record.getActorId());
            String[] roles = record.getDetail().split(">", -1);
            entries.add(new AuditEntry(record.getRecordedAt(), actor == null ? null : actor.displayName(),
                    subject == null ? "#" + record.getSubjectId() : subject.displayName(),
                    subject == null ? "" : subject.username(),
                    AccountChanged.Change.valueOf(record.getAction()), roles(roles[0]),
                    roles(roles.length > 1 ? roles[1] : "")));
        }
        return entries;
    }

    @Transactional(readOnly = true)
    public long changeCount() {
        return records.count();
    }

    private static Set<Role> roles(String names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(names.split(",")).filter(name -> !name.isBlank()).map(Role::valueOf).forEach(roles::add);
        return roles;
    }
}
