package org.colloquy.identity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);

    Optional<AppUser> findByEmail(String email);

    /** Users with their roles in one query, rather than one more query per user for the roles. */
    @Query("select distinct u from AppUser u left join fetch u.roles where u.id in ?1")
    List<AppUser> findWithRolesByIdIn(Collection<Long> ids);

    /** People whose username, name or address contains the pattern (a {@code like} pattern, lower case), with a role. */
    @Query("""
            select u from AppUser u where (lower(u.username) like :pattern escape '!'
                or lower(u.displayName) like :pattern escape '!' or lower(coalesce(u.email, '')) like :pattern escape '!')
              and (:role is null or :role member of u.roles)""")
    List<AppUser> search(String pattern, @Nullable Role role, Pageable page);

    @Query("""
            select count(u) from AppUser u where (lower(u.username) like :pattern escape '!'
                or lower(u.displayName) like :pattern escape '!' or lower(coalesce(u.email, '')) like :pattern escape '!')
              and (:role is null or :role member of u.roles)""")
    long countSearch(String pattern, @Nullable Role role);

    @Query("select count(u) from AppUser u where :role member of u.roles and u.deactivatedAt is null")
    long countActiveWith(Role role);
}
