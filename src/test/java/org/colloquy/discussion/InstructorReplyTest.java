package org.colloquy.discussion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.colloquy.IntegrationTest;
import org.colloquy.base.Author;
import org.colloquy.cohort.CohortRef;
import org.colloquy.cohort.CohortService;
import org.colloquy.identity.Role;
import org.colloquy.identity.TestAccounts;
import org.colloquy.identity.UserRef;
import org.colloquy.lesson.AnswerService;
import org.colloquy.lesson.AnswerSnapshot;
import org.colloquy.notice.NoticeService;
import org.colloquy.notice.NoticeTarget;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class InstructorReplyTest {

    private static final String COURSE = "sino-russian-relations";
    private static final String ANONYMOUS = "expediency-and-order/discuss-order";
    private static final String RESPOND = "three-stages/respond-balance";

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
    UserRef classmate;
    long authorsPost;

    @BeforeEach
    void anAnonymousDiscussionWithTwoPosts() {
        teacher = accounts.signInNew("Iris Teacher", Role.INSTRUCTOR, Role.SEMINAR_LEADER);
        cohort = cohorts.createCohort(COURSE, "Replied class");
        author = accounts.signInNew("Author", Role.STUDENT);
        cohorts.join(cohort.joinCode());
        answers.submit(COURSE, ANONYMOUS, "Order matters more than expediency.", null, AnswerSnapshot.NONE_SAVED);
        classmate = accounts.signInNew("Classmate", Role.STUDENT);
        cohorts.join(cohort.joinCode());
        answers.submit(COURSE, ANONYMOUS, "Expediency explains more.", null, AnswerSnapshot.NONE_SAVED);
        accounts.signIn(teacher);
        authorsPost = moderation.posts(cohort.id(), ANONYMOUS).getFirst().id();
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void an_instructor_replies_without_posting_first_and_students_see_her_name_and_the_instructor_label() {
        moderation.reply(cohort.id(), authorsPost, "Which paragraph supports this? See [¶2].");

        accounts.signIn(classmate);
        DiscussionThread thread = discussions.thread(COURSE, ANONYMOUS);
        assertThat(thread.anonymous()).isTrue();
        DiscussionThread.ReplyView reply = thread.posts().stream().filter(post -> post.id() == authorsPost)
                .findFirst().orElseThrow().replies().getFirst();
        assertThat(reply.author()).isEqualTo(Author.named(teacher.displayName()));
        assertThat(reply.byInstructor()).isTrue();
        assertThat(reply.body()).isEqualTo("Which paragraph supports this? See [¶2].");
    }

    @Test
    void the_author_of_the_post_is_told_that_her_instructor_replied() {
        moderation.reply(cohort.id(), authorsPost, "Good start.");

        accounts.signIn(author);
        assertThat(notices.mine()).singleElement().satisfies(notice -> {
            assertThat(notice.message().english())
                    .isEqualTo("Your instructor " + teacher.displayName() + " replied to your post in the class discussion.");
            assertThat(notice.target()).isEqualTo(new NoticeTarget.DiscussionPage(COURSE, ANONYMOUS));
        });
    }

    @Test
    void her_reply_stands_in_the_moderation_view_with_her_name_and_the_label() {
        moderation.reply(cohort.id(), authorsPost, "Good start.");

        DiscussionThread.ReplyView reply = moderation.posts(cohort.id(), ANONYMOUS).getFirst().replies().getFirst();
        assertThat(reply.author()).isEqualTo(Author.named(teacher.displayName()));
        assertThat(reply.byInstructor()).isTrue();
        assertThat(reply.mine()).isTrue();
        assertThat(moderation.contributions(cohort.id())).filteredOn(DiscussionContribution::reply)
                .extracting(DiscussionContribution::author).containsExactly(Author.named(teacher.displayName()));
    }

    @Test
    void a_students_reply_is_never_marked_as_the_instructors_and_a_student_cannot_reply_as_one() {
        accounts.signIn(classmate);
        discussions.reply(COURSE, ANONYMOUS, authorsPost, "I see it differently.");

        assertThat(discussions.thread(COURSE, ANONYMOUS).posts().stream().flatMap(post -> post.replies().stream()))
                .singleElement().satisfies(reply -> assertThat(reply.byInstructor()).isFalse());
        assertThatThrownBy(() -> moderation.reply(cohort.id(), authorsPost, "As if I taught it."))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_instructor_of_another_class_cannot_reply_in_this_one() {
        accounts.signInNew("Other Teacher", Role.INSTRUCTOR);
        CohortRef hers = cohorts.createCohort(COURSE, "Her own class");

        assertThatThrownBy(() -> moderation.reply(cohort.id(), authorsPost, "Not my class."))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> moderation.reply(hers.id(), authorsPost, "Through my class."))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_instructor_replies_only_under_discussion_posts_not_under_other_answers() {
        accounts.signIn(author);
        answers.submit(COURSE, RESPOND, "word ".repeat(90), null, AnswerSnapshot.NONE_SAVED);
        long respondAnswer = answers.mySubmitted(COURSE, RESPOND).orElseThrow().responseId();
        accounts.signIn(teacher);

        assertThatThrownBy(() -> moderation.reply(cohort.id(), respondAnswer, "Not a discussion."))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_empty_reply_or_one_under_a_deleted_post_is_refused_saying_why_and_a_closed_discussion_still_takes_hers() {
        assertThatThrownBy(() -> moderation.reply(cohort.id(), authorsPost, "   "))
                .hasMessage("Write your reply first.");

        moderation.lock(cohort.id(), ANONYMOUS, true);
        moderation.reply(cohort.id(), authorsPost, "Closing word: thank you all.");
        assertThat(moderation.posts(cohort.id(), ANONYMOUS).getFirst().replies()).hasSize(1);

        accounts.signIn(author);
        discussions.deleteMyPost(COURSE, ANONYMOUS, authorsPost);
        accounts.signIn(teacher);
        assertThatThrownBy(() -> moderation.reply(cohort.id(), authorsPost, "Too late."))
                .hasMessageContaining("deleted this post");
    }

    @Test
    void an_instructor_takes_her_own_reply_back_and_students_no_longer_see_it() {
        moderation.reply(cohort.id(), authorsPost, "Said too soon.");
        long hers = moderation.posts(cohort.id(), ANONYMOUS).getFirst().replies().getFirst().id();

        moderation.deleteMyReply(cohort.id(), hers);

        assertThat(moderation.posts(cohort.id(), ANONYMOUS).getFirst().replies()).singleElement()
                .satisfies(reply -> assertThat(reply.deleted()).isTrue());
        accounts.signIn(classmate);
        assertThat(discussions.thread(COURSE, ANONYMOUS).posts().stream().flatMap(post -> post.replies().stream()))
                .isEmpty();
    }

    @Test
    void an_instructor_cannot_take_back_a_students_reply_nor_a_colleagues_from_another_class() {
        accounts.signIn(classmate);
        discussions.reply(COURSE, ANONYMOUS, authorsPost, "I see it differently.");
        accounts.signIn(teacher);
        long students = moderation.posts(cohort.id(), ANONYMOUS).getFirst().replies().getFirst().id();
        moderation.reply(cohort.id(), authorsPost, "Mine.");
        long mine = moderation.posts(cohort.id(), ANONYMOUS).getFirst().replies().stream()
                .filter(DiscussionThread.ReplyView::byInstructor).findFirst().orElseThrow().id();

        assertThatThrownBy(() -> moderation.deleteMyReply(cohort.id(), students))
                .isInstanceOf(AccessDeniedException.class);
        accounts.signInNew("Other Teacher", Role.INSTRUCTOR);
        CohortRef hers = cohorts.createCohort(COURSE, "Her own class");
        assertThatThrownBy(() -> moderation.deleteMyReply(hers.id(), mine)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> moderation.deleteMyReply(cohort.id(), mine)).isInstanceOf(AccessDeniedException.class);
        accounts.signIn(teacher);
        assertThat(moderation.posts(cohort.id(), ANONYMOUS).getFirst().replies())
                .noneMatch(DiscussionThread.ReplyView::deleted);
    }
}
