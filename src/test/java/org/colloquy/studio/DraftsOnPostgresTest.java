package org.colloquy.studio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.colloquy.EmbeddedPostgresInitializer;
import org.colloquy.PostgresIntegrationTest;
import org.colloquy.content.CourseCheck;
import org.colloquy.identity.Role;
import org.colloquy.identity.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ContextConfiguration;

/** Drafts are kept, versioned and published under a row lock on PostgreSQL as on H2 (migration V19). */
@PostgresIntegrationTest
@ContextConfiguration(initializers = {EmbeddedPostgresInitializer.class, StudioContentFolder.class})
class DraftsOnPostgresTest {

    @Autowired DraftService drafts;
    @Autowired TestAccounts accounts;

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void a_draft_is_kept_reopened_owner_only_versioned_and_published_on_postgres() {
        accounts.signInNew("author", Role.INSTRUCTOR);
        OpenedDraft kept = drafts.draftFromEssay(DraftsTest.ESSAY, DraftsTest.KEPT, "pg-" + System.nanoTime());
        OpenedDraft saved = drafts.save(kept.id(), DraftsTest.retitled(kept.course(), "Ünïcode “title” 中文"),
                kept.version());

        assertThat(drafts.open(kept.id()).summary().title()).isEqualTo("Ünïcode “title” 中文");
        assertThat(drafts.open(kept.id()).course().files()).isEqualTo(saved.course().files());
        assertThatThrownBy(() -> drafts.save(kept.id(), kept.course(), kept.version()))
                .isInstanceOf(DraftConflict.class);
        assertThat(drafts.publish(saved.id(), saved.version())).isInstanceOf(CourseCheck.Passed.class);
        accounts.signInNew("colleague", Role.INSTRUCTOR);
        assertThatThrownBy(() -> drafts.open(kept.id())).isInstanceOf(AccessDeniedException.class);
    }
}
