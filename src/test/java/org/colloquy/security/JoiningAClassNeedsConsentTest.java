package org.colloquy.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.colloquy.IntegrationTest;
import org.colloquy.base.i18n.Refusal;
import org.colloquy.cohort.CohortInvitationService;
import org.colloquy.cohort.CohortRef;
import org.colloquy.cohort.CohortService;
import org.colloquy.cohort.PendingInvitation;
import org.colloquy.cohort.RosterEntry;
import org.colloquy.cohort.RosterImportResult;
import org.colloquy.cohort.RosterImportService;
import org.colloquy.discussion.DiscussionModerationService;
import org.colloquy.heatmap.ReadingHeatMapService;
import org.colloquy.identity.Role;
import org.colloquy.identity.TestAccounts;
import org.colloquy.identity.UserRef;
import org.colloquy.lesson.AnswerService;
import org.colloquy.lesson.AnswerSnapshot;
import org.colloquy.lesson.StudentAnswer;
import org.colloquy.lesson.StudentLessonService;
import org.colloquy.lesson.work.CohortWorkService;
import org.colloquy.notice.NoticeService;
import org.colloquy.review.CohortOverviewService;
import org.colloquy.review.LessonInsightsService;
import org.colloquy.review.PassageEngagementService;
import org.colloquy.review.ReviewService;
import org.colloquy.review.export.CohortExportService;
import org.colloquy.review.export.ExportFormat;
import static org.colloquy.review.ReviewFixture.words;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The attack of issue #17, item 11: an instructor lists the address of a student who already has an account, to read
 * what she wrote for another class. A list only invites her; she joins when she accepts (or uses the class's code),
 * and the class's instructors then see only what she does from that moment (decision 0032).
 */
@IntegrationTest
class JoiningAClassNeedsConsentTest {

    private static final String COURSE = "sino-russian-relations";
    private static final String LESSON = "three-stages";
    private static final String RESPOND = "three-stages/respond-balance";
    private static final String DISCUSS = "three-stages/discuss-parallel";
    private static final String SCALE = "three-stages/position-before";
    private static final String SECRET = "privatissimum";
    private static final String NEW_ANSWER = "A new answer for this class, citing [¶3]. " + words(90, "later");

    @Autowired TestAccounts accounts;
    @Autowired CohortService cohorts;
    @Autowired CohortInvitationService invitations;
    @Autowired RosterImportService roster;
    @Autowired AnswerService answers;
    @Autowired StudentLessonService lessons;
    @Autowired CohortWorkService classWork;
    @Autowired ReviewService reviews;
    @Autowired CohortOverviewService overviews;
    @Autowired LessonInsightsService insights;
    @Autowired PassageEngagementService engagement;
    @Autowired ReadingHeatMapService heatMaps;
    @Autowired CohortExportService exports;
    @Autowired DiscussionModerationService moderation;
    @Autowired NoticeService notices;

    private UserRef ana;
    private UserRef prober;
    private CohortRef probersClass;
    private long earlierAnswer;

    @BeforeEach
    void anaWroteForHerOwnClassAndAnotherInstructorListsHerAddress() {
        accounts.signInNew("her-teacher", Role.INSTRUCTOR);
        CohortRef herClass = cohorts.createCohort(COURSE, "Her own class");
        ana = accounts.createExactly("ana-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org",
                "Ana Petrova", "her-own-password", Role.STUDENT);
        accounts.signIn(ana);
        cohorts.join(herClass.joinCode());
        lessons.open(COURSE, LESSON);
        answers.submit(COURSE, RESPOND, "My " + SECRET + " answer, citing [¶2]. " + words(90, "earlier"), null,
                AnswerSnapshot.NONE_SAVED);
        answers.submit(COURSE, DISCUSS, "My " + SECRET + " post. " + words(40, "earlier"), null, AnswerSnapshot.NONE_SAVED);
        answers.submit(COURSE, SCALE, "Because " + SECRET + ".", "4", AnswerSnapshot.NONE_SAVED);
        earlierAnswer = answers.mySubmitted(COURSE, RESPOND).orElseThrow().responseId();

        prober = accounts.signInNew("prober", Role.INSTRUCTOR);
        probersClass = cohorts.createCohort(COURSE, "The prober's class");
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void listing_an_existing_students_address_invites_her_and_shows_nothing_she_wrote() {
        RosterEntry entry = importAna();

        assertThat(entry.account()).isEqualTo(RosterEntry.Account.INVITED);
        assertThat(cohorts.students(probersClass.id())).isEmpty();
        assertThat(invitations.invited(probersClass.id())).extracting(UserRef::id).containsExactly(ana.id());
        assertNothingOfHersCanBeRead();
    }

    @Test
    void she_sees_the_invitation_and_accepting_enrols_her() {
        importAna();
        accounts.signIn(ana);

        List<PendingInvitation> mine = invitations.myInvitations();
        assertThat(mine).extracting(PendingInvitation::className, PendingInvitation::invitedBy)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("The prober's class", prober.displayName()));
        CohortRef joined = invitations.accept(probersClass.id());

        assertThat(joined.id()).isEqualTo(probersClass.id());
        assertThat(cohorts.cohortsIAmIn()).extracting(CohortRef::id).contains(probersClass.id());
        assertThat(invitations.myInvitations()).isEmpty();
        accounts.signIn(prober);
        assertThat(cohorts.students(probersClass.id())).extracting(UserRef::id).containsExactly(ana.id());
        assertThat(invitations.invited(probersClass.id())).isEmpty();
    }

    @Test
    void work_from_before_she_accepted_stays_hidden_and_work_done_since_is_seen() {
        importAna();
        accounts.signIn(ana);
        invitations.accept(probersClass.id());
        accounts.signIn(prober);
        assertNothingOfHersCanBeRead();

        accounts.signIn(ana);
        AnswerSnapshot before = answers.answersInLesson(COURSE, LESSON).get("respond-balance");
        answers.submit(COURSE, RESPOND, NEW_ANSWER, null, before.revision());
        accounts.signIn(prober);

        StudentAnswer seen = only(classWork.responsesTo(probersClass.id(), RESPOND));
        assertThat(seen.body()).isEqualTo(NEW_ANSWER);
        assertThat(seen.isSubmitted()).isTrue();
        assertThat(classWork.history(probersClass.id(), seen.responseId()))
                .extracting(version -> version.body()).containsExactly(NEW_ANSWER);
        assertThat(everythingTheProberCanRead()).doesNotContain(SECRET);
    }

    @Test
    void a_draft_started_on_an_old_answer_after_joining_is_seen_but_not_as_submitted() {
        importAna();
        accounts.signIn(ana);
        invitations.accept(probersClass.id());
        AnswerSnapshot before = answers.answersInLesson(COURSE, LESSON).get("respond-balance");
        answers.saveDraft(COURSE, RESPOND, "Rewriting it for this class.", null, before.revision());
        accounts.signIn(prober);

        StudentAnswer seen = only(classWork.responsesTo(probersClass.id(), RESPOND));

        assertThat(seen.body()).isEqualTo("Rewriting it for this class.");
        assertThat(seen.isSubmitted()).isFalse();
        assertThat(seen.submissionCount()).isZero();
        assertThat(classWork.history(probersClass.id(), seen.responseId())).isEmpty();
        assertThat(classWork.submittedAnswers(probersClass.id())).isEmpty();
    }

    @Test
    void declining_leaves_her_out_of_the_class_and_the_invitation_cannot_be_accepted_afterwards() {
        importAna();
        accounts.signIn(ana);

        invitations.decline(probersClass.id());

        assertThat(invitations.myInvitations()).isEmpty();
        assertThat(cohorts.cohortsIAmIn()).extracting(CohortRef::id).doesNotContain(probersClass.id());
        assertThatThrownBy(() -> invitations.accept(probersClass.id())).isInstanceOf(Refusal.class)
                .hasMessage("This invitation is no longer open: it was answered or withdrawn. Nothing was changed.");
        accounts.signIn(prober);
        assertThat(cohorts.students(probersClass.id())).isEmpty();
        assertThat(invitations.invited(probersClass.id())).isEmpty();
        assertNothingOfHersCanBeRead();
    }

    @Test
    void the_instructor_withdraws_an_unanswered_invitation_and_she_can_no_longer_accept_it() {
        importAna();

        invitations.withdraw(probersClass.id(), ana.id());

        assertThat(invitations.invited(probersClass.id())).isEmpty();
        accounts.signIn(ana);
        assertThat(invitations.myInvitations()).isEmpty();
        assertThat(notices.mine().getFirst().message().english()).isEqualTo(prober.displayName()
                + " withdrew the invitation to join the class The prober's class. Nothing else changed; if you "
                + "still want to join, ask for the class's code.");
        assertThatThrownBy(() -> invitations.accept(probersClass.id())).isInstanceOf(Refusal.class)
                .hasMessage("This invitation is no longer open: it was answered or withdrawn. Nothing was changed.");
        accounts.signIn(prober);
        assertThat(cohorts.students(probersClass.id())).isEmpty();
    }

    @Test
    void an_instructor_who_does_not_teach_the_class_cannot_withdraw_its_invitations() {
        importAna();
        accounts.signInNew("another-teacher", Role.INSTRUCTOR);

        assertThatThrownBy(() -> invitations.withdraw(probersClass.id(), ana.id()))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);

        accounts.signIn(prober);
        assertThat(invitations.invited(probersClass.id())).extracting(UserRef::id).containsExactly(ana.id());
    }

    @Test
    void another_student_cannot_accept_an_invitation_sent_to_her() {
        importAna();
        accounts.signInNew("someone-else", Role.STUDENT);

        assertThatThrownBy(() -> invitations.accept(probersClass.id())).isInstanceOf(Refusal.class);

        accounts.signIn(prober);
        assertThat(cohorts.students(probersClass.id())).isEmpty();
    }

    @Test
    void joining_with_the_class_code_herself_is_consent_too_and_uses_up_the_invitation() {
        importAna();
        accounts.signIn(ana);

        cohorts.join(probersClass.joinCode());

        assertThat(invitations.myInvitations()).isEmpty();
        accounts.signIn(prober);
        assertThat(cohorts.students(probersClass.id())).extracting(UserRef::id).containsExactly(ana.id());
        assertThat(invitations.invited(probersClass.id())).isEmpty();
        assertNothingOfHersCanBeRead();
    }

    private RosterEntry importAna() {
        RosterImportResult result = roster.importRoster(probersClass.id(), "name,email\nAna," + ana.username());
        return ((RosterImportResult.Imported) result).entries().getFirst();
    }

    /** Every way the prober reads a class's work, with her earlier answer's id where one is asked for. */
    private void assertNothingOfHersCanBeRead() {
        long cohort = probersClass.id();
        assertThat(classWork.responses(cohort)).isEmpty();
        assertThat(classWork.responsesTo(cohort, RESPOND)).isEmpty();
        assertThat(classWork.submittedAnswers(cohort)).isEmpty();
        assertThat(classWork.response(cohort, earlierAnswer)).isEmpty();
        assertThat(classWork.history(cohort, earlierAnswer)).isEmpty();
        assertThat(classWork.progress(cohort)).isEmpty();
        assertThat(reviews.queue(cohort, RESPOND)).allSatisfy(entry -> assertThat(entry.toString()).doesNotContain(SECRET));
        assertThatThrownBy(() -> reviews.feedback(cohort, earlierAnswer)).isInstanceOf(AccessDeniedException.class);
        assertThat(moderation.posts(cohort, DISCUSS)).isEmpty();
        assertThat(insights.insights(cohort, LESSON).positions())
                .allSatisfy(position -> assertThat(position.before()).containsOnly(0));
        assertThat(engagement.engagement(cohort).paragraphs()).allSatisfy(row -> assertThat(row.answers()).isZero());
        assertThat(heatMaps.heat(cohort).byParagraph()).isEmpty();
        assertThat(overviews.overview(cohort).recent()).isEmpty();
        assertThat(everythingTheProberCanRead()).doesNotContain(SECRET);
    }

    private String everythingTheProberCanRead() {
        long cohort = probersClass.id();
        List<Object> read = new ArrayList<>();
        read.add(classWork.responses(cohort));
        read.add(classWork.submittedAnswers(cohort));
        read.add(reviews.queue(cohort, RESPOND));
        read.add(moderation.posts(cohort, DISCUSS));
        read.add(moderation.contributions(cohort));
        read.add(overviews.overview(cohort));
        read.add(heatMaps.heat(cohort));
        for (ExportFormat format : ExportFormat.values()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            exports.write(cohort, format, out);
            read.add(out.toString(StandardCharsets.UTF_8));
        }
        AtomicReference<String> pages = new AtomicReference<>("");
        classWork.forEachPage(cohort, 10, page -> pages.updateAndGet(text -> text + page));
        read.add(pages.get());
        return read.toString().toLowerCase(Locale.ROOT);
    }

    private static StudentAnswer only(List<StudentAnswer> answers) {
        assertThat(answers).hasSize(1);
        return answers.getFirst();
    }
}
