package org.colloquy.discussion;

import org.colloquy.base.Author;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.colloquy.IntegrationTest;
import org.colloquy.cohort.CohortRef;
import org.colloquy.cohort.CohortService;
import org.colloquy.identity.Role;
import org.colloquy.identity.TestAccounts;
import org.colloquy.identity.UserRef;
import org.colloquy.lesson.AnswerService;
import org.colloquy.lesson.AnswerSnapshot;
import org.colloquy.notice.NoticeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.colloquy.lesson.SubmissionRecord;

@IntegrationTest
class DiscussionModerationTest {

    private static final String COURSE = "sino-russian-relations";
    private static final String PROMPT = "expediency-and-order/discuss-order";

    @Autowired
    TestAccounts accounts;
    @Autowired
    CohortService cohorts;
    @Autowired
    AnswerService answers;
    @Autowired
    DiscussionService discussions;
    @Autowired
    DiscussionModerationService moderation;
    @Autowired
    NoticeService notices;

    UserRef teacher;
    CohortRef cohort;
    UserRef author;
    UserRef peer;
    long authorsPost;

    @BeforeEach
    void aDiscussionWithTwoPosts() {
        teacher = accounts.signInNew("teacher", Role.INSTRUCTOR);
        cohort = cohorts.createCohort(COURSE, "Moderated class");
        author = accounts.signInNew("Author", Role.STUDENT);
        cohorts.join(cohort.joinCode());
        answers.submit(COURSE, PROMPT, "Something out of line.", null, AnswerSnapshot.NONE_SAVED);
        peer = accounts.signInNew("Peer", Role.STUDENT);
        cohorts.join(cohort.joinCode());
        answers.submit(COURSE, PROMPT, "A careful answer.", null, AnswerSnapshot.NONE_SAVED);
        accounts.signIn(teacher);
        authorsPost = moderation.posts(cohort.id(), PROMPT).getFirst().id();
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void instructors_see_authors_by_name_even_on_an_anonymous_prompt() {
        assertThat(moderation.posts(cohort.id(), PROMPT)).extracting(ModeratedPost::author)
                .containsExactly(Author.named("Author"), Author.named("Peer"));
    }

    @Test
    void a_hidden_post_reaches_no_classmate_and_its_author_sees_the_reason() {
        moderation.hide(cohort.id(), authorsPost, "Please keep it civil.");

        accounts.signIn(peer);
        assertThat(discussions.thread(COURSE, PROMPT).posts()).extracting(DiscussionThread.Post::body)
                .containsExactly("A careful answer.");
        assertThatThrownBy(() -> discussions.reply(COURSE, PROMPT, authorsPost, "hi"))
                .isInstanceOf(AccessDeniedException.class);

        accounts.signIn(author);
        DiscussionThread.Post mine = discussions.thread(COURSE, PROMPT).posts().stream()
                .filter(DiscussionThread.Post::mine).findFirst().orElseThrow();
        assertThat(mine.hiddenReason()).isEqualTo("Please keep it civil.");
        assertThat(notices.mine().getFirst().message().english()).contains("Please keep it civil.");
    }

    @Test
    void a_pinned_post_comes_first_and_a_locked_discussion_takes_no_replies() {
        accounts.signIn(teacher);
        long peersPost = moderation.posts(cohort.id(), PROMPT).getLast().id();
        moderation.pin(cohort.id(), peersPost, true);
        moderation.lock(cohort.id(), PROMPT, true);

        accounts.signIn(author);
        DiscussionThread thread = discussions.thread(COURSE, PROMPT);
        assertThat(thread.posts().getFirst().pinned()).isTrue();
        assertThat(thread.locked()).isTrue();
        assertThatThrownBy(() -> discussions.reply(COURSE, PROMPT, peersPost, "Late reply"))
                .hasMessageContaining("closed this discussion");
    }

    @Test
    void an_instructor_of_another_class_cannot_moderate_it() {
        accounts.signInNew("stranger", Role.INSTRUCTOR);

        assertThatThrownBy(() -> moderation.posts(cohort.id(), PROMPT)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> moderation.hide(cohort.id(), authorsPost, "x")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> moderation.lock(cohort.id(), PROMPT, true)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void instructors_see_every_version_of_an_edited_post_and_that_its_author_deleted_it() {
        accounts.signIn(author);
        var saved = answers.answersInLesson(COURSE, "expediency-and-order").get("discuss-order");
        answers.submit(COURSE, PROMPT, "A calmer second version.", null, saved.revision());
        discussions.deleteMyPost(COURSE, PROMPT, authorsPost);

        accounts.signIn(teacher);
        ModeratedPost post = moderation.posts(cohort.id(), PROMPT).stream()
                .filter(candidate -> candidate.id() == authorsPost).findFirst().orElseThrow();
        assertThat(post.body()).isEqualTo("A calmer second version.");
        assertThat(post.versions()).extracting(SubmissionRecord::body)
                .containsExactly("Something out of line.", "A calmer second version.");
        assertThat(post.deletedAt()).isNotNull();
    }

    @Test
    void instructors_still_read_a_reply_its_author_deleted() {
        accounts.signIn(peer);
        discussions.reply(COURSE, PROMPT, authorsPost, "Withdrawn remark.");
        long reply = discussions.thread(COURSE, PROMPT).posts().getFirst().replies().getFirst().id();
        discussions.deleteMyReply(COURSE, PROMPT, reply);

        accounts.signIn(teacher);
        assertThat(moderation.posts(cohort.id(), PROMPT).getFirst().replies()).singleElement().satisfies(shown -> {
            assertThat(shown.body()).isEqualTo("Withdrawn remark.");
            assertThat(shown.deleted()).isTrue();
            assertThat(shown.author()).isEqualTo(Author.named("Peer"));
        });
    }

    @Test
    void students_cannot_moderate() {
        accounts.signIn(peer);

        assertThatThrownBy(() -> moderation.hide(cohort.id(), authorsPost, "mine now"))
                .isInstanceOf(AccessDeniedException.class);
    }
}
