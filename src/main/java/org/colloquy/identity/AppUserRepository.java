package org.colloquy.identity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);

    Optional<AppUser> findByEmail(String email);

    /** Users with their roles in one query, rather than one more query per user for the roles. */
    @Query("select distinct u from AppUser u left join fetch u.roles where u.id in ?1")
    List<AppUser> findWithRolesByIdIn(Collection<Long> ids);
}
