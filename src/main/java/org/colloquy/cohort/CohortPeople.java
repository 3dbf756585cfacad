package org.colloquy.cohort;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.colloquy.identity.AppUser;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The accounts of the people in classes, read-only: a class shows its students and finds a colleague by username.
 * Accounts belong to identity; this reads them without letting anything here change one.
 */
interface CohortPeople extends Repository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);

    List<AppUser> findAllById(Iterable<Long> ids);

    /** Users with their roles in one query, rather than one more query per user for the roles. */
    @Query("select distinct u from AppUser u left join fetch u.roles where u.id in ?1")
    List<AppUser> findWithRolesByIdIn(Collection<Long> ids);
}
