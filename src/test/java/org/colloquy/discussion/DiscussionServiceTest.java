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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import java.time.Instant;
import org.colloquy.lesson.SaveOutcome;
import org.colloquy.notice.NoticeService;
import org.colloquy.notice.NoticeTarget;

@IntegrationTest
class DiscussionServiceTest {

    private static final String COURSE = "sino-russian-relations";
    private static final String NAMED = "three-stages/discuss-parallel";
    private static final String ANONYMOUS = "expediency-and-order/discuss-order";

    @Autowired
    TestAccounts accounts;
    @Autowired
    CohortService cohorts;
    @Autowired
    AnswerService answers;
    @Autowired
    DiscussionService discussions;
    @Autowired
    NoticeService notices;

    CohortRef cohort;
    UserRef first;
    UserRef second;

    @BeforeEach
    void aClassOfTwo() {
        accounts.signInNew("teacher", Role.INSTRUCTOR);
        cohort = cohorts.createCohort(COURSE, "Discussion class");
        first = accounts.signInNew("First Student", Role.STUDENT);
        cohorts.join(cohort.joinCode());
        second = accounts.signInNew("Second Student", Role.STUDENT);
        cohorts.join(cohort.joinCode());
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void a_student_sees_classmates_posts_only_after_posting_her_own() {
        accounts.signIn(first);
        post(NAMED, "First thoughts.");
        accounts.signIn(second);

        assertThatThrownBy(() -> discussions.thread(COURSE, NAMED)).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("Post your own answer first");

        post(NAMED, "Second thoughts.");
        DiscussionThread thread = discussions.thread(COURSE, NAMED);
        assertThat(thread.posts()).extracting(DiscussionThread.Post::body)
                .containsExactly("First thoughts.", "Second thoughts.");
        assertThat(thread.posts()).extracting(DiscussionThread.Post::author)
                .containsExactly(Author.named("First Student"), Author.self());
    }

    @Test
    void on_an_anonymous_prompt_peers_receive_no_author_identity() {
        accounts.signIn(first);
        post(ANONYMOUS, "A view I would rather not sign.");
        accounts.signIn(second);
        post(ANONYMOUS, "Mine.");

        DiscussionThread thread = discussions.thread(COURSE, ANONYMOUS);

        assertThat(thread.anonymous()).isTrue();
        DiscussionThread.Post theirs = thread.posts().getFirst();
        assertThat(theirs.author()).isEqualTo(Author.classmate(1));
        assertThat(theirs.toString()).doesNotContain(first.username()).doesNotContain("First Student");
    }

    @Test
    void replies_and_helpful_marks_are_shared_in_the_class() {
        accounts.signIn(first);
        post(NAMED, "Claim.");
        accounts.signIn(second);
        post(NAMED, "Counter-claim.");
        long firstsPost = discussions.thread(COURSE, NAMED).posts().getFirst().id();

        discussions.reply(COURSE, NAMED, firstsPost, "I disagree, see paragraph 2.");
        assertThat(discussions.toggleHelpful(COURSE, NAMED, firstsPost)).isTrue();

        accounts.signIn(first);
        DiscussionThread.Post mine = discussions.thread(COURSE, NAMED).posts().getFirst();
        assertThat(mine.author()).isEqualTo(Author.self());
        assertThat(mine.helpful()).isEqualTo(1);
        assertThat(mine.replies()).singleElement().satisfies(reply -> {
            assertThat(reply.author()).isEqualTo(Author.named("Second Student"));
            assertThat(reply.body()).isEqualTo("I disagree, see paragraph 2.");
        });
    }

    @Test
    void another_cohorts_posts_stay_out_of_reach() {
        accounts.signIn(first);
        post(NAMED, "Class A only.");
        long postOfA = discussions.thread(COURSE, NAMED).posts().getFirst().id();

        accounts.signInNew("teacher-b", Role.INSTRUCTOR);
        CohortRef other = cohorts.createCohort(COURSE, "Another class");
        accounts.signInNew("Outsider", Role.STUDENT);
        cohorts.join(other.joinCode());
        post(NAMED, "Class B.");

        assertThat(discussions.thread(COURSE, NAMED).posts()).extracting(DiscussionThread.Post::body)
                .containsExactly("Class B.");
        assertThatThrownBy(() -> discussions.reply(COURSE, NAMED, postOfA, "sneaking in"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> discussions.toggleHelpful(COURSE, NAMED, postOfA))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_reply_tells_the_author_of_the_post_and_a_citation_of_a_missing_paragraph_is_refused() {
        accounts.signIn(first);
        post(NAMED, "Claim [¶2].");
        accounts.signIn(second);
        post(NAMED, "Counter-claim.");
        long firstsPost = discussions.thread(COURSE, NAMED).posts().getFirst().id();

        assertThatThrownBy(() -> discussions.reply(COURSE, NAMED, firstsPost, "See [¶99]."))
                .hasMessageContaining("cites paragraph 99, but the essay has 18 paragraphs");
        discussions.reply(COURSE, NAMED, firstsPost, "See [¶3].");

        accounts.signIn(first);
        assertThat(notices.mine()).singleElement().satisfies(notice -> {
            assertThat(notice.message().english()).isEqualTo("Second Student replied to your post in the class discussion.");
            assertThat(notice.target()).isEqualTo(new NoticeTarget.DiscussionPage(COURSE, NAMED));
        });
    }

    @Test
    void a_post_citing_a_paragraph_the_essay_does_not_have_is_refused() {
        accounts.signIn(first);

        assertThat(answers.submit(COURSE, NAMED, "As [¶42] says", null, AnswerSnapshot.NONE_SAVED))
                .isInstanceOfSatisfying(SaveOutcome.Refused.class,
                        refused -> assertThat(refused.message()).contains("paragraph 42"));
    }

    @Test
    void a_flood_of_replies_is_slowed_with_a_clear_message() {
        accounts.signIn(first);
        post(NAMED, "Claim.");
        long mine = discussions.thread(COURSE, NAMED).posts().getFirst().id();
        for (int i = 0; i < DiscussionService.MAX_REPLIES_PER_MINUTE; i++) {
            discussions.reply(COURSE, NAMED, mine, "Reply " + i);
        }

        assertThatThrownBy(() -> discussions.reply(COURSE, NAMED, mine, "One more"))
                .hasMessageContaining("Wait a moment").hasMessageContaining("your text is still here");
    }

    @Test
    void an_over_long_reply_is_refused_with_its_length() {
        accounts.signIn(first);
        post(NAMED, "Claim.");
        long mine = discussions.thread(COURSE, NAMED).posts().getFirst().id();

        assertThatThrownBy(() -> discussions.reply(COURSE, NAMED, mine, "x".repeat(2001)))
                .hasMessageContaining("2,001 characters; the limit is 2,000");
    }

    @Test
    void classmates_see_the_submitted_post_not_the_draft_its_author_is_typing_since() {
        accounts.signIn(first);
        post(NAMED, "What I posted.");
        AnswerSnapshot saved = answers.answersInLesson(COURSE, "three-stages").get("discuss-parallel");
        answers.saveDraft(COURSE, NAMED, "Half-typed second thoughts", null, saved.revision());
        accounts.signIn(second);
        post(NAMED, "Mine.");

        assertThat(discussions.thread(COURSE, NAMED).posts()).extracting(DiscussionThread.Post::body)
                .containsExactly("What I posted.", "Mine.");
    }

    @Test
    void a_deleted_post_never_reaches_classmates_again_and_replies_under_it_stay_under_a_note() {
        accounts.signIn(first);
        post(NAMED, "Something I regret [¶2].");
        accounts.signIn(second);
        post(NAMED, "Mine.");
        long firstsPost = discussions.thread(COURSE, NAMED).posts().getFirst().id();
        discussions.reply(COURSE, NAMED, firstsPost, "A reply worth keeping.");

        accounts.signIn(first);
        discussions.deleteMyPost(COURSE, NAMED, firstsPost);
        assertThat(discussions.thread(COURSE, NAMED).posts().getFirst()).satisfies(mine -> {
            assertThat(mine.deleted()).isTrue();
            assertThat(mine.mine()).isTrue();
        });

        accounts.signIn(second);
        DiscussionThread.Post deleted = discussions.thread(COURSE, NAMED).posts().getFirst();
        assertThat(deleted.deleted()).isTrue();
        assertThat(deleted.body()).isEmpty();
        assertThat(deleted.author()).isEqualTo(Author.nobody());
        assertThat(deleted.toString()).doesNotContain("regret").doesNotContain("First Student");
        assertThat(deleted.replies()).extracting(DiscussionThread.ReplyView::body).containsExactly("A reply worth keeping.");
        assertThatThrownBy(() -> discussions.reply(COURSE, NAMED, firstsPost, "Still here?"))
                .hasMessageContaining("Its author deleted this post").hasMessageContaining("Your text is still here");
        assertThatThrownBy(() -> discussions.toggleHelpful(COURSE, NAMED, firstsPost))
                .hasMessageContaining("Its author deleted this post");
    }

    @Test
    void a_deleted_post_without_replies_leaves_no_trace_for_classmates_and_posting_again_brings_it_back() {
        accounts.signIn(first);
        post(NAMED, "First version.");
        long mine = discussions.thread(COURSE, NAMED).posts().getFirst().id();
        discussions.deleteMyPost(COURSE, NAMED, mine);
        accounts.signIn(second);
        post(NAMED, "Mine.");
        assertThat(discussions.thread(COURSE, NAMED).posts()).extracting(DiscussionThread.Post::body)
                .containsExactly("Mine.");

        accounts.signIn(first);
        AnswerSnapshot saved = answers.answersInLesson(COURSE, "three-stages").get("discuss-parallel");
        answers.submit(COURSE, NAMED, "Second version.", null, saved.revision());

        accounts.signIn(second);
        assertThat(discussions.thread(COURSE, NAMED).posts()).extracting(DiscussionThread.Post::body)
                .containsExactly("Mine.", "Second version.");
    }

    @Test
    void a_student_deletes_only_her_own_posts_and_replies() {
        accounts.signIn(first);
        post(NAMED, "Claim.");
        accounts.signIn(second);
        post(NAMED, "Counter-claim.");
        long firstsPost = discussions.thread(COURSE, NAMED).posts().getFirst().id();
        discussions.reply(COURSE, NAMED, firstsPost, "Second's reply.");
        long secondsReply = discussions.thread(COURSE, NAMED).posts().getFirst().replies().getFirst().id();

        assertThatThrownBy(() -> discussions.deleteMyPost(COURSE, NAMED, firstsPost))
                .isInstanceOf(AccessDeniedException.class);
        accounts.signIn(first);
        assertThatThrownBy(() -> discussions.deleteMyReply(COURSE, NAMED, secondsReply))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(discussions.thread(COURSE, NAMED).posts().getFirst().replies()).hasSize(1);
    }

    @Test
    void a_deleted_reply_reaches_no_classmate_again() {
        accounts.signIn(first);
        post(NAMED, "Claim.");
        accounts.signIn(second);
        post(NAMED, "Counter-claim.");
        long firstsPost = discussions.thread(COURSE, NAMED).posts().getFirst().id();
        discussions.reply(COURSE, NAMED, firstsPost, "Hasty reply.");
        long reply = discussions.thread(COURSE, NAMED).posts().getFirst().replies().getFirst().id();

        discussions.deleteMyReply(COURSE, NAMED, reply);

        assertThat(discussions.thread(COURSE, NAMED).posts().getFirst().replies()).isEmpty();
        accounts.signIn(first);
        assertThat(discussions.thread(COURSE, NAMED).toString()).doesNotContain("Hasty reply");
    }

    @Autowired
    AnonymityRecordRepository anonymityRecords;

    @Test
    void posting_on_an_anonymous_prompt_records_the_rule_so_a_later_named_file_cannot_reveal_authors() {
        accounts.signIn(first);
        post(ANONYMOUS, "Unsigned.");
        assertThat(anonymityRecords.existsById(new AnonymityRecord.Key(COURSE, ANONYMOUS))).isTrue();

        // NAMED is named in the course file: as if it had been anonymous when these posts were written.
        anonymityRecords.save(new AnonymityRecord(COURSE, NAMED, Instant.now()));
        try {
            post(NAMED, "Written when names were hidden.");
            accounts.signIn(second);
            assertThat(answers.anonymousToPeers(COURSE, NAMED)).isTrue();
            assertThat(discussions.anonymousToPeers(COURSE, NAMED)).isTrue();
            post(NAMED, "Mine.");

            DiscussionThread thread = discussions.thread(COURSE, NAMED);
            assertThat(thread.anonymous()).isTrue();
            assertThat(thread.posts().getFirst().author()).isEqualTo(Author.classmate(1));
            assertThat(thread.toString()).doesNotContain("First Student");
        } finally {
            anonymityRecords.deleteById(new AnonymityRecord.Key(COURSE, NAMED));
        }
    }

    @Test
    void a_named_prompt_without_anonymous_posts_stays_named() {
        accounts.signIn(first);
        post(NAMED, "Signed.");

        assertThat(anonymityRecords.existsById(new AnonymityRecord.Key(COURSE, NAMED))).isFalse();
        assertThat(answers.anonymousToPeers(COURSE, NAMED)).isFalse();
    }

    private void post(String promptKey, String text) {
        answers.submit(COURSE, promptKey, text, null, AnswerSnapshot.NONE_SAVED);
    }
}
