package org.colloquy.studio;

import static org.assertj.core.api.Assertions.assertThat;

import org.colloquy.PostgresIntegrationTest;
import org.colloquy.identity.Role;
import org.colloquy.identity.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The owners of a published course are kept on PostgreSQL as on H2 (migration V17). */
@PostgresIntegrationTest
class CourseOwnersOnPostgresTest {

    @Autowired StudioCourseOwners owners;
    @Autowired TestAccounts accounts;

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void whoeverPublishedACourseOwnsItOnceAndAColleagueDoesNot() {
        String key = "owned-" + System.nanoTime();
        accounts.signInNew("author", Role.INSTRUCTOR);

        owners.addCurrentUser(key);
        owners.addCurrentUser(key);

        assertThat(owners.ownedByCurrentUser(key)).isTrue();
        accounts.signInNew("colleague", Role.INSTRUCTOR);
        assertThat(owners.ownedByCurrentUser(key)).isFalse();
    }
}
