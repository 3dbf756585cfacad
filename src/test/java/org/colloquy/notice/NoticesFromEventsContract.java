package org.colloquy.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doThrow;

import java.util.Collections;
import java.util.List;
import org.colloquy.base.i18n.Text;
import org.colloquy.cohort.CohortRef;
import org.colloquy.cohort.CohortService;
import org.colloquy.cohort.RosterImportResult;
import org.colloquy.cohort.RosterImportService;
import org.colloquy.discussion.DiscussionService;
import org.colloquy.identity.Role;
import org.colloquy.identity.TestAccounts;
import org.colloquy.identity.UserRef;
import org.colloquy.lesson.AnswerService;
import org.colloquy.lesson.AnswerSnapshot;
import org.colloquy.lesson.work.CohortWorkService;
import org.colloquy.review.ReviewService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * Notices told because something happened in another feature, through the event publication registry (decision
 * 0028): an instructor's release or a classmate's reply is kept as an event in the database with its commit, and
 * stays there until its notice is written, so a failure or a crash in between loses no notice.
 */
abstract class NoticesFromEventsContract {

    private static final String COURSE = "sino-russian-relations";
    private static final String RESPOND = "three-stages/respond-balance";
    private static final String DISCUSS = "three-stages/discuss-parallel";

    @Autowired
    TestAccounts accounts;
    @Autowired
    CohortService cohorts;
    @Autowired
    AnswerService answers;
    @Autowired
    CohortWorkService classWork;
    @Autowired
    ReviewService reviews;
    @Autowired
    DiscussionService discussions;
    @Autowired
    RosterImportService rosters;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    /** The real service, made to fail where a test says so. */
    @MockitoSpyBean
    NoticeService notices;

    UserRef instructor;
    CohortRef cohort;
    UserRef student;
    long answer;

    @BeforeEach
    void aStudentWhoseAnswerHasDraftFeedback() {
        instructor = accounts.signInNew("instructor", Role.INSTRUCTOR);
        cohort = cohorts.createCohort(COURSE, "Class");
        student = accounts.signInNew("student", Role.STUDENT);
        cohorts.join(cohort.joinCode());
        answers.submit(COURSE, RESPOND, String.join(" ", Collections.nCopies(90, "trade")), null,
                AnswerSnapshot.NONE_SAVED);
        accounts.signIn(instructor);
        answer = classWork.responsesTo(cohort.id(), RESPOND).getFirst().responseId();
        reviews.saveFeedback(cohort.id(), answer, "Good use of paragraph 3.", List.of());
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void released_feedback_tells_its_student_in_the_lesson_of_her_answer_and_leaves_nothing_to_do() {
        accounts.signIn(instructor);
        assertThat(reviews.release(cohort.id(), RESPOND)).isEqualTo(1);

        accounts.signIn(student);
        assertThat(notices.mine()).singleElement().satisfies(notice -> {
            assertThat(notice.message())
                    .isEqualTo(Text.of("review.notice.feedback-ready", "Three stages of domestic transition"));
            assertThat(notice.target()).isEqualTo(new NoticeTarget.LessonPage(COURSE, "three-stages"));
        });
        assertThat(outstandingReleaseOf(answer)).isZero();
    }

    @Test
    void a_notice_is_not_lost_when_its_listener_fails_once() {
        doThrow(new DataAccessResourceFailureException("The database went away for a moment"))
                .doCallRealMethod()
                .when(notices).tell(anyCollection(), any(Text.class), any(NoticeTarget.class));

        accounts.signIn(instructor);
        assertThat(reviews.release(cohort.id(), RESPOND)).as("the release itself is done").isEqualTo(1);

        accounts.signIn(student);
        assertThat(answers.feedbackOnMyAnswer(COURSE, RESPOND)).as("she can read the feedback").isPresent();
        assertThat(notices.mine()).as("but its notice could not be written").isEmpty();
        assertThat(outstandingReleaseOf(answer)).as("the release is kept until its notice is written").isOne();

        startingAgain();

        assertThat(notices.mine()).extracting(NoticeView::message)
                .containsExactly(Text.of("review.notice.feedback-ready", "Three stages of domestic transition"));
        assertThat(outstandingReleaseOf(answer)).isZero();
    }

    @Test
    void a_reply_tells_the_author_of_the_post_by_name_on_the_class_discussion() {
        UserRef author = accounts.signInNew("Post Author", Role.STUDENT);
        cohorts.join(cohort.joinCode());
        answers.submit(COURSE, DISCUSS, "Trade came first.", null, AnswerSnapshot.NONE_SAVED);
        UserRef replier = accounts.signInNew("Replying Classmate", Role.STUDENT);
        cohorts.join(cohort.joinCode());
        answers.submit(COURSE, DISCUSS, "Trust came first.", null, AnswerSnapshot.NONE_SAVED);
        long post = discussions.thread(COURSE, DISCUSS).posts().stream()
                .filter(candidate -> !candidate.mine()).findFirst().orElseThrow().id();

        discussions.reply(COURSE, DISCUSS, post, "See paragraph 3.");

        assertThat(notices.mine()).as("nobody is told about her own reply").isEmpty();
        accounts.signIn(author);
        assertThat(notices.mine()).singleElement().satisfies(notice -> {
            assertThat(notice.message()).isEqualTo(Text.of("discussion.notice.reply", replier.displayName()));
            assertThat(notice.target()).isEqualTo(new NoticeTarget.DiscussionPage(COURSE, DISCUSS));
        });
    }

    @Test
    void a_class_list_that_invites_a_student_tells_her_who_invited_her_and_where_to_answer() {
        UserRef zoe = accounts.createExactly("zoe-" + System.nanoTime() + "@example.org", "Zoe", "her-own-password",
                Role.STUDENT);
        accounts.signIn(instructor);
        String list = "name,email\nZoe," + zoe.username();

        assertThat(rosters.importRoster(cohort.id(), list)).isInstanceOf(RosterImportResult.Imported.class);
        rosters.importRoster(cohort.id(), list);

        accounts.signIn(zoe);
        assertThat(notices.mine()).as("invited twice into one class: told once").singleElement()
                .satisfies(notice -> {
                    assertThat(notice.message())
                            .isEqualTo(Text.of("account.notice.invited", instructor.displayName(), "Class"));
                    assertThat(notice.target()).isEqualTo(new NoticeTarget.HomePage());
                });
    }

    /** What the app does when it starts: events still waiting for a listener are handed to it again. */
    private void startingAgain() {
        context.getBean("applicationEventMulticaster", SmartInitializingSingleton.class).afterSingletonsInstantiated();
    }

    private int outstandingReleaseOf(long responseId) {
        Integer count = jdbc.queryForObject("""
                select count(*) from event_publication
                 where listener_id = 'notice:feedback-released' and completion_date is null
                   and serialized_event like ?""", Integer.class, "%\"responseId\":" + responseId + ",%");
        return count == null ? 0 : count;
    }
}
