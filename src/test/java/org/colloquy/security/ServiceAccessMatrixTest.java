package org.colloquy.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.colloquy.security.ClassAFixture.ARGUE;
import static org.colloquy.security.ClassAFixture.COURSE;
import static org.colloquy.security.ClassAFixture.DISCUSS;
import static org.colloquy.security.ClassAFixture.LESSON;
import static org.colloquy.security.ClassAFixture.MARKER;
import static org.colloquy.security.ClassAFixture.RESPOND;
import static org.colloquy.security.ServiceAccessMatrixTest.Outcome.ALLOW;
import static org.colloquy.security.ServiceAccessMatrixTest.Outcome.DENY;
import static org.colloquy.security.ServiceAccessMatrixTest.Outcome.FILTERED;
import static org.colloquy.security.ServiceAccessMatrixTest.Who.ADMIN;
import static org.colloquy.security.ServiceAccessMatrixTest.Who.ANONYMOUS;
import static org.colloquy.security.ServiceAccessMatrixTest.Who.INSTRUCTOR_A;
import static org.colloquy.security.ServiceAccessMatrixTest.Who.INSTRUCTOR_B;
import static org.colloquy.security.ServiceAccessMatrixTest.Who.SEMINAR_LEADER;
import static org.colloquy.security.ServiceAccessMatrixTest.Who.STUDENT_A;
import static org.colloquy.security.ServiceAccessMatrixTest.Who.STUDENT_B;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.colloquy.IntegrationTest;
import org.colloquy.identity.AccountService;
import org.colloquy.identity.AccountAdministration;
import org.colloquy.identity.AccountStates;
import org.colloquy.identity.Contacts;
import org.colloquy.identity.OutgoingMail;
import org.colloquy.identity.PasswordResets;
import org.colloquy.identity.PeopleOrder;
import org.colloquy.people.PeopleService;
import org.colloquy.cohort.CohortService;
import org.colloquy.identity.JoinCodeGuesses;
import org.colloquy.cohort.CohortInvitationService;
import org.colloquy.base.i18n.Refusal;
import org.colloquy.identity.CurrentUser;
import org.colloquy.identity.PasswordSetupService;
import org.colloquy.identity.Role;
import org.colloquy.cohort.RosterImportService;
import org.colloquy.identity.StudentAccounts;
import org.colloquy.identity.TestAccounts;
import org.colloquy.identity.UserRef;
import org.colloquy.argument.ArgumentMapService;
import org.colloquy.argument.Side;
import org.colloquy.argument.Stance;
import org.colloquy.backup.BackupService;
import org.colloquy.base.i18n.ColloquyI18NProvider;
import org.colloquy.base.i18n.InterfaceLanguage;
import org.colloquy.base.i18n.LanguagePreference;
import org.colloquy.content.CourseCatalog;
import org.colloquy.content.CourseOwners;
import org.colloquy.content.CoursePublisher;
import org.colloquy.studio.Essay;
import org.colloquy.studio.EssayParagraph;
import org.colloquy.studio.OpenQuestion;
import org.colloquy.studio.DraftService;
import org.colloquy.studio.OpenedDraft;
import org.colloquy.studio.StudioService;
import org.colloquy.content.CourseCheck;
import org.colloquy.content.CourseDrafts;
import org.colloquy.studio.draft.DraftCourse;
import org.colloquy.discussion.DiscussionModerationService;
import org.colloquy.discussion.DiscussionService;
import org.colloquy.heatmap.ReadingHeatMapService;
import org.colloquy.gradebook.GradebookFormat;
import org.colloquy.gradebook.GradebookService;
import org.colloquy.lesson.AnswerService;
import org.colloquy.lesson.work.CohortWorkService;
import org.colloquy.lesson.FeedbackLookup;
import org.colloquy.lesson.work.MyAnswers;
import org.colloquy.lesson.work.MyWorkService;
import org.colloquy.lesson.PeerVisibility;
import org.colloquy.identity.FirstPasswordLinks;
import org.colloquy.lesson.work.StudentDataService;
import org.colloquy.lesson.LessonPreviewService;
import org.colloquy.lesson.StudentLessonService;
import org.colloquy.notice.NoticeService;
import org.colloquy.mail.MailAdminService;
import org.colloquy.mail.MailPreferenceService;
import org.colloquy.review.export.CohortExportService;
import org.colloquy.review.CohortOverviewService;
import org.colloquy.review.export.ExportFormat;
import org.colloquy.review.LessonInsightsService;
import org.colloquy.review.PassageEngagementService;
import org.colloquy.review.ReviewService;
import org.colloquy.review.export.StudentDataExportService;
import org.colloquy.seminar.cohort.CohortSessionService;
import org.colloquy.seminar.results.LiveResultsService;
import org.colloquy.seminar.session.SeminarEvents;
import org.colloquy.relay.NodeRelay;
import org.colloquy.seminar.guest.GuestService;
import org.jspecify.annotations.Nullable;
import java.time.LocalDateTime;
import org.colloquy.schedule.ClassWork;
import org.colloquy.schedule.ScheduleService;
import org.colloquy.seminar.audience.AudienceService;
import org.colloquy.seminar.console.ConsoleService;
import org.colloquy.seminar.session.LiveSessionService;
import org.colloquy.seminar.screen.ScreenService;
import org.colloquy.seminar.cohort.StarredAnswers;
import org.colloquy.seminar.session.LeaderSessions;
import org.colloquy.seminar.session.PromptTimers;
import org.colloquy.seminar.session.SeminarSession;
import org.colloquy.seminar.session.SeminarSessionRepository;
import org.colloquy.seminar.session.SessionPrompts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/**
 * Every public service method × every kind of person → allowed, denied, or filtered to the person's own, as designed.
 * The methods are found by reflection ({@link ServiceSurface}), so a new one without a row in {@link #design()} fails
 * {@link #everyServiceMethodHasARowInTheDesign()}. Each call carries class A's ids ({@link ClassAFixture}); each
 * cell is a test of its own, named as a use case.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServiceAccessMatrixTest {

    enum Who {
        ANONYMOUS("anonymous"), STUDENT_A("studentOfCohortA"), STUDENT_B("studentOfCohortB"),
        INSTRUCTOR_A("instructorOfCohortA"), INSTRUCTOR_B("instructorOfCohortB"), SEMINAR_LEADER("seminarLeader"),
        ADMIN("admin");

        final String label;

        Who(String label) {
            this.label = label;
        }
    }

    /**
     * ALLOW: the call returns. DENY: it throws {@link AccessDeniedException} (or, for someone not signed in,
     * {@link AuthenticationCredentialsNotFoundException}). FILTERED: it returns, but only the caller's own data:
     * nothing in the result mentions class A's work or people ({@link ClassAFixture#MARKER}).
     */
    enum Outcome { ALLOW, DENY, FILTERED }

    @FunctionalInterface
    interface Call {
        @Nullable Object call() throws Exception;
    }

    @FunctionalInterface
    interface Action {
        void run() throws Exception;
    }

    /** One use of one service method: how to call it with class A's data, and what each person gets. */
    record Row(String method, String useCase, Call call, Map<Who, Outcome> design, boolean classASeesItsWork,
               String forbidden) {
    }

    @Autowired ApplicationContext context;
    @Autowired TestAccounts accounts;
    @Autowired Contacts contacts;
    @Autowired AccountService accountService;
    @Autowired AccountAdministration administration;
    @Autowired AccountStates accountStates;
    @Autowired OutgoingMail outgoingMail;
    @Autowired PasswordResets passwordResets;
    @Autowired PeopleService peopleService;
    @Autowired CohortService cohorts;
    @Autowired JoinCodeGuesses joinCodeGuesses;
    @Autowired CurrentUser currentUser;
    @Autowired LanguagePreference languagePreference;
    @Autowired ColloquyI18NProvider interfaceTexts;
    @Autowired PasswordSetupService passwordSetup;
    @Autowired RosterImportService rosters;
    @Autowired CohortInvitationService invitations;
    @Autowired StudentAccounts studentAccounts;
    @Autowired CourseCatalog catalog;
    @Autowired CoursePublisher publisher;
    @Autowired CourseOwners courseOwners;
    @Autowired StudioService studio;
    @Autowired DraftService drafts;
    @Autowired CourseDrafts courseDrafts;
    @Autowired AnswerService answers;
    @Autowired CohortWorkService classWork;
    @Autowired MyWorkService myWork;
    @Autowired StudentDataService studentData;
    @Autowired StudentLessonService lessons;
    @Autowired LessonPreviewService previews;
    @Autowired FeedbackLookup feedbackLookup;
    @Autowired MyAnswers myAnswers;
    @Autowired PeerVisibility peerVisibility;
    @Autowired FirstPasswordLinks firstPasswordLinks;
    @Autowired ReviewService reviews;
    @Autowired CohortExportService exports;
    @Autowired CohortOverviewService overviews;
    @Autowired LessonInsightsService insights;
    @Autowired PassageEngagementService engagement;
    @Autowired StudentDataExportService dataExports;
    @Autowired DiscussionService discussions;
    @Autowired DiscussionModerationService moderation;
    @Autowired ArgumentMapService maps;
    @Autowired ReadingHeatMapService heatMaps;
    @Autowired NoticeService notices;
    @Autowired MailPreferenceService mailPreferences;
    @Autowired MailAdminService mailAdmin;
    @Autowired BackupService backups;
    @Autowired AudienceService audienceService;
    @Autowired ConsoleService consoleService;
    @Autowired LiveSessionService roomService;
    @Autowired ScreenService screenService;
    @Autowired CohortSessionService classSeminars;
    @Autowired LiveResultsService liveResults;
    @Autowired GradebookService gradebooks;
    @Autowired GuestService guests;
    @Autowired SeminarEvents seminarEvents;
    @Autowired NodeRelay nodeRelay;
    @Autowired StarredAnswers starredAnswers;
    @Autowired LeaderSessions leaderSessions;
    @Autowired PromptTimers promptTimers;
    @Autowired SessionPrompts sessionPrompts;
    @Autowired SeminarSessionRepository seminarSessions;
    @Autowired ScheduleService schedules;
    @Autowired ClassWork scheduledWork;

    private ClassAFixture f;
    private long draftOfA;
    private String draftLessonOfA = "";
    private Who signedIn = ANONYMOUS;

    @BeforeAll
    void twoClassesAndTheWorkOfClassA() {
        f = ClassAFixture.create(new ClassAFixture.Services(accounts, cohorts, answers, classWork, lessons,
                discussions, maps, reviews, roomService, consoleService, audienceService, guests, catalog));
        accounts.signIn(f.instructorA());
        OpenedDraft draft = drafts.draftFromEssay(studioEssay(), studioQuestions(), "matrix-draft-of-a");
        draftOfA = draft.id();
        draftLessonOfA = ((CourseCheck.Passed) draft.check()).course().lessons().getFirst().key();
    }

    private static List<OpenQuestion> studioQuestions() {
        return List.of(new OpenQuestion(1, 1, "Is it late?", OpenQuestion.Kind.EXPLICIT, "ends with a question mark"));
    }

    /** A draft instructor A makes now (broken if asked), so that deleting or publishing it leaves hers alone. */
    private long aFreshDraftOfInstructorA(boolean broken) {
        Who caller = signedIn;
        accounts.signIn(f.instructorA());
        OpenedDraft draft = drafts.draftFromEssay(studioEssay(), studioQuestions(), "matrix-fresh-" + System.nanoTime());
        if (broken) {
            draft = drafts.save(draft.id(), new DraftCourse(draft.course().key(), Map.of("course.yaml", "key: x\n")),
                    draft.version());
        }
        signIn(caller);
        return draft.id();
    }

    private @Nullable Object publishFreshBrokenDraft() {
        long id = aFreshDraftOfInstructorA(true);
        Who caller = signedIn;
        accounts.signIn(f.instructorA());
        long version = drafts.open(id).version();
        signIn(caller);
        return drafts.publish(id, version);
    }

    /** The call's result, or the not-found reason a person gets for a draft that is not hers. */
    private static @Nullable Object notFoundOr(Call call) throws Exception {
        try {
            return call.call();
        } catch (org.colloquy.lesson.UnknownLessonException unknown) {
            return unknown.getMessage();
        }
    }

    @AfterAll
    void signOut() {
        accounts.signOut();
    }

    /**
     * The design. Adding a public service method? Add a row: its signature as the failure message prints it, the
     * use case in words ("read the review queue of class A"), a call with class A's ids ({@code f.cohortA().id()}
     * and friends), and who may ({@link #only}, then {@link Design#filtered} for people who may call it but must get
     * only their own). Everyone not named is denied. A method may have several rows (another id, another state).
     */
    private List<Row> design() {
        List<Row> rows = new ArrayList<>();
        long a = f.cohortA().id();
        long leaders = f.leadersSession().id();
        String leadersCode = f.leadersSession().joinCode();
        long classSession = f.classSessionA().id();

        // account
        rows.add(row("AccountService.createAccount(String, String, String, Set)", "create an account",
                () -> accountService.createAccount("made-" + System.nanoTime(), "Made", "long-password",
                        Set.of(Role.STUDENT)), only(ADMIN)));
        // a known gap (docs/security.md): any staff member may turn any id into a name; today only services call
        // it, with the ids of people in a session the caller leads or a class she teaches
        rows.add(row("AccountService.displayNames(Collection)", "read the display names of class A's students by id",
                () -> accountService.displayNames(List.of(f.studentA().id())),
                only(INSTRUCTOR_A, INSTRUCTOR_B, SEMINAR_LEADER)));
        rows.add(row("AccountService.findByUsername(String)", "look up class A's student by username",
                () -> accountService.findByUsername(f.studentA().username()), only(ADMIN)));
        rows.add(row("AccountService.signUpStudent(String, String, String)", "sign up as a student",
                () -> accountService.signUpStudent("signed-up-" + System.nanoTime(), "New", "long-password"),
                only(ANONYMOUS)));
        // people administration (decision 0043): admins only; instructors find and invite colleagues for a class
        rows.add(row("AccountAdministration.find(String, Role, int, int, PeopleOrder, boolean)", "list everyone",
                () -> administration.find("", null, 0, 50, PeopleOrder.NAME, false), only(ADMIN)));
        rows.add(row("AccountAdministration.count(String, Role)", "count everyone",
                () -> administration.count("", null), only(ADMIN)));
        rows.add(row("AccountAdministration.peopleById(Collection)", "read class A's student's account by id",
                () -> administration.peopleById(List.of(f.studentA().id())), only(ADMIN)));
        rows.add(row("AccountAdministration.invite(String, String, Set)", "invite an instructor",
                () -> administration.invite("New Colleague", "new-" + System.nanoTime() + "@school.edu",
                        Set.of(Role.INSTRUCTOR)), only(ADMIN)));
        rows.add(row("AccountAdministration.changeRoles(long, Set)", "change the roles of class A's student",
                () -> act(() -> administration.changeRoles(f.studentA().id(), Set.of(Role.STUDENT))), only(ADMIN)));
        rows.add(row("AccountAdministration.deactivate(long)", "deactivate an account",
                () -> act(() -> administration.deactivate(accounts.create("leaving", Role.STUDENT).id())),
                only(ADMIN)));
        rows.add(row("AccountAdministration.reactivate(long)", "reactivate an account",
                () -> act(() -> administration.reactivate(accounts.create("back", Role.STUDENT).id())), only(ADMIN)));
        rows.add(row("AccountAdministration.resetLink(long)", "make a link to choose a new password for someone",
                () -> administration.resetLink(accounts.create("forgetful", Role.STUDENT).id()), only(ADMIN)));
        rows.add(row("AccountAdministration.findColleague(String)", "find a colleague by username",
                () -> administration.findColleague(f.colleague().username()), only(INSTRUCTOR_A, INSTRUCTOR_B)));
        rows.add(row("AccountAdministration.inviteColleague(String, String, Role)", "invite a new seminar leader",
                () -> administration.inviteColleague("New Leader", "leader-" + System.nanoTime() + "@school.edu",
                        Role.SEMINAR_LEADER), only(INSTRUCTOR_A, INSTRUCTOR_B)));
        // the security filters ask about the person of the request, whoever is signed in
        rows.add(row("AccountStates.mayStaySignedIn(String)", "ask whether an account may stay signed in",
                () -> accountStates.mayStaySignedIn(f.studentA().username()), everyone()));
        rows.add(row("AccountStates.admitSignIn(String)", "record a sign-in whose password was checked",
                () -> accountStates.admitSignIn(f.studentB().username()), everyone()));
        rows.add(row("OutgoingMail.isSetUp()", "ask whether this server sends mail", () -> outgoingMail.isSetUp(),
                everyone()));
        rows.add(row("PasswordResets.request(String)", "ask for a link to choose a new password",
                () -> act(() -> passwordResets.request("nobody-" + System.nanoTime() + "@school.edu")),
                only(ANONYMOUS)));
        rows.add(row("PeopleService.people(String, Role, int, int, PeopleOrder, boolean)", "list everyone with classes",
                () -> peopleService.people("", null, 0, 50, PeopleOrder.NAME, false), only(ADMIN)));
        rows.add(row("PeopleService.count(String, Role)", "count everyone on the people page",
                () -> peopleService.count("", null), only(ADMIN)));
        rows.add(row("PeopleService.changes(int, int)", "read the record of account changes",
                () -> peopleService.changes(0, 50), only(ADMIN)));
        rows.add(row("PeopleService.changeCount()", "count the record of account changes",
                () -> peopleService.changeCount(), only(ADMIN)));
        rows.add(row("CohortService.classNamesOf(Collection)", "read the classes of class A's student",
                () -> cohorts.classNamesOf(List.of(f.studentA().id())), only(ADMIN)));
        rows.add(row("CohortService.inviteToTeach(long, String, String, Role)", "ask a colleague to teach class A",
                () -> cohorts.inviteToTeach(a, f.colleague().username(), "", Role.INSTRUCTOR), only(INSTRUCTOR_A)));
        rows.add(row("StudentAccounts.isStaff(String)", "ask whether a class list's address is a staff account",
                () -> studentAccounts.isStaff(f.colleague().username()), only(INSTRUCTOR_A, INSTRUCTOR_B)));
        rows.add(row("StudentAccounts.provide(String, String)", "provide a student account from a class list",
                () -> studentAccounts.provide("listed-" + System.nanoTime(), "Listed"), only(INSTRUCTOR_A, INSTRUCTOR_B)));
        rows.add(row("CohortService.createCohort(String, String)", "create a class",
                () -> cohorts.createCohort(COURSE, "Another class"), only(INSTRUCTOR_A, INSTRUCTOR_B)));
        rows.add(row("CohortService.cohortsITeach()", "list the classes they teach",
                () -> cohorts.cohortsITeach(), only(INSTRUCTOR_A).filtered(INSTRUCTOR_B, SEMINAR_LEADER)));
        rows.add(row("CohortService.requireTeaching(long)", "open class A as its teacher",
                () -> cohorts.requireTeaching(a), only(INSTRUCTOR_A)));
        rows.add(row("CohortService.students(long)", "list the students of class A",
                () -> cohorts.students(a), only(INSTRUCTOR_A)));
        rows.add(row("CohortService.addInstructor(long, String)", "add a co-teacher to class A",
                () -> act(() -> cohorts.addInstructor(a, f.colleague().username())), only(INSTRUCTOR_A)));
        rows.add(row("CohortService.join(String)", "join a class with a code",
                () -> cohorts.join("NOSUCH"), only(STUDENT_A, STUDENT_B)));
        rows.add(row("CohortService.signUpAndJoin(String, String, String, String)", "sign up with a join code",
                () -> cohorts.signUpAndJoin("NOSUCH", "new-" + System.nanoTime(), "New", "long-password"),
                only(ANONYMOUS)));
        rows.add(row("JoinCodeGuesses.refusal()", "ask whether they may try a join code now",
                () -> joinCodeGuesses.refusal(), everyone()));
        rows.add(row("JoinCodeGuesses.refusalForThisAccount()", "ask whether their account may try a code now",
                () -> joinCodeGuesses.refusalForThisAccount(), everyone()));
        rows.add(row("JoinCodeGuesses.wrongCode()", "count a join code of theirs that names nothing",
                () -> act(() -> joinCodeGuesses.wrongCode()), everyone()));
        rows.add(row("CohortService.cohortsIAmIn()", "list the classes they are in",
                () -> cohorts.cohortsIAmIn(),
                only(STUDENT_A).filtered(STUDENT_B, INSTRUCTOR_A, INSTRUCTOR_B, SEMINAR_LEADER, ADMIN)));
        rows.add(row("CohortService.classmates(String)", "list their classmates",
                () -> cohorts.classmates(COURSE), only(STUDENT_A).filtered(STUDENT_B)));
        rows.add(row("CohortService.myInstructors(String)", "list the instructors of their classes",
                () -> cohorts.myInstructors(COURSE), students()));
        rows.add(row("CohortService.studentIds(long)", "list the ids of class A's students",
                () -> cohorts.studentIds(a), only(INSTRUCTOR_A)));
        rows.add(row("CohortService.joinedAt(long)", "read when class A's students joined it",
                () -> cohorts.joinedAt(a), only(INSTRUCTOR_A)));
        rows.add(row("CohortService.studentIdsForTheSystem(long)", "list class A's students as the system",
                () -> cohorts.studentIdsForTheSystem(a), nobody()));
        rows.add(row("CohortService.nameForTheSystem(long)", "read class A's name as the system",
                () -> cohorts.nameForTheSystem(a), nobody()));
        rows.add(row("CohortInvitationService.myInvitations()", "list their invitations into classes",
                () -> invitations.myInvitations(), students()));
        // nobody invited them: the refusal must not hand over class A
        rows.add(row("CohortInvitationService.accept(long)", "accept an invitation into class A nobody sent them",
                () -> refusalOr(() -> invitations.accept(a)), nobody().filtered(STUDENT_A, STUDENT_B)));
        rows.add(row("CohortInvitationService.decline(long)", "decline an invitation into class A",
                () -> act(() -> invitations.decline(a)), students()));
        rows.add(row("CohortInvitationService.invited(long)", "list who is invited into class A",
                () -> invitations.invited(a), only(INSTRUCTOR_A)));
        rows.add(row("CohortInvitationService.withdraw(long, long)", "withdraw an invitation into class A",
                () -> act(() -> invitations.withdraw(a, f.studentB().id())), only(INSTRUCTOR_A)));
        rows.add(row("CohortService.cohortsOf(long)", "list the classes of class A's student",
                () -> cohorts.cohortsOf(f.studentA().id()), only(ADMIN)));
        rows.add(row("Contacts.of(long)", "look up how to reach class A's student, after the fact (no view may: "
                + "ArchitectureTest)", () -> contacts.of(f.studentA().id()), everyone()));
        rows.add(row("CurrentUser.find()", "ask who is signed in", () -> currentUser.find(), everyone()));
        rows.add(row("CurrentUser.require()", "act as a signed-in person", () -> currentUser.require(), signedIn()));
        // interface language: texts for anyone; the choice is kept for the signed-in person only, a no-op otherwise
        rows.add(row("ColloquyI18NProvider.getProvidedLocales()", "list the interface languages",
                () -> interfaceTexts.getProvidedLocales(), everyone()));
        rows.add(row("ColloquyI18NProvider.getTranslation(String, Locale, Object[])", "read an interface text",
                () -> interfaceTexts.getTranslation("base.sign-out", Locale.ENGLISH), everyone()));
        rows.add(row("LanguagePreference.stored()", "read their own interface language",
                () -> languagePreference.stored(), everyone()));
        rows.add(row("LanguagePreference.store(InterfaceLanguage)", "keep their own interface language",
                () -> act(() -> languagePreference.store(InterfaceLanguage.RUSSIAN)), everyone()));
        rows.add(row("PasswordSetupService.describe(String)", "open a set-password link",
                () -> passwordSetup.describe("not-a-token"), only(ANONYMOUS)));
        rows.add(row("PasswordSetupService.setPassword(String, String, String)", "set a password with a link",
                () -> passwordSetup.setPassword("not-a-token", "long-password", "long-password"), only(ANONYMOUS)));
        rows.add(row("RosterImportService.importRoster(long, String)", "import a roster into class A",
                () -> rosters.importRoster(a, "name,email\n"), only(INSTRUCTOR_A)));

        // content
        rows.add(row("CourseCatalog.courses()", "list the courses", () -> catalog.courses(), everyone()));
        rows.add(row("CourseCatalog.course(String)", "read a course", () -> catalog.course(COURSE), everyone()));
        rows.add(row("CourseCatalog.require(String)", "read a course", () -> catalog.require(COURSE), everyone()));
        rows.add(row("CourseCatalog.reload()", "read the content folder again", () -> catalog.reload(), only(ADMIN)));
        rows.add(row("CourseCatalog.contentDir()", "see where the courses are read from", () -> catalog.contentDir(),
                only(ADMIN)));
        rows.add(row("CourseCatalog.writeArchive(String, OutputStream)", "download a course folder as a zip",
                () -> act(() -> catalog.writeArchive(COURSE, java.io.OutputStream.nullOutputStream())),
                only(INSTRUCTOR_A, INSTRUCTOR_B, ADMIN)));
        rows.add(row("CourseCatalog.heldBack()", "see the course folders held back with their problems",
                () -> catalog.heldBack(), only(INSTRUCTOR_A, INSTRUCTOR_B, ADMIN)));
        // the studio and publishing: files with problems are refused before anything is written to the content folder
        Map<String, String> broken = Map.of("course.yaml", "key: matrix-broken\n");
        rows.add(row("CoursePublisher.mayPublish(String)", "ask whether they may publish a course under a new key",
                () -> publisher.mayPublish("matrix-new-course"), only(INSTRUCTOR_A, INSTRUCTOR_B, ADMIN)));
        rows.add(row("CoursePublisher.check(String, Map)", "check a course's files without publishing them",
                () -> publisher.check("matrix-broken", broken), only(INSTRUCTOR_A, INSTRUCTOR_B, ADMIN)));
        rows.add(row("CoursePublisher.publish(String, Map)", "publish a course (refused here for its problems)",
                () -> publisher.publish("matrix-broken", broken), only(INSTRUCTOR_A, INSTRUCTOR_B, ADMIN)));
        rows.add(row("CourseOwners.ownedByCurrentUser(String)", "ask whether they own a course",
                () -> courseOwners.ownedByCurrentUser(COURSE), only(INSTRUCTOR_A, INSTRUCTOR_B, ADMIN)));
        rows.add(row("StudioService.importPasted(String, String)", "import a pasted essay into the studio",
                () -> studio.importPasted(STUDIO_ESSAY, null), only(INSTRUCTOR_A, INSTRUCTOR_B, ADMIN)));
        rows.add(row("StudioService.importFile(String, byte[], String)", "import an essay file into the studio",
                () -> studio.importFile("essay.txt", STUDIO_ESSAY.getBytes(StandardCharsets.UTF_8), "en"),
                only(INSTRUCTOR_A, INSTRUCTOR_B, ADMIN)));
        rows.add(row("StudioService.findQuestions(Essay, Locale)", "find the open questions of an essay",
                () -> studio.findQuestions(studioEssay(), Locale.ENGLISH), only(INSTRUCTOR_A, INSTRUCTOR_B, ADMIN)));
        rows.add(row("StudioService.ownQuestion(Essay, List, int, String)", "add a question of their own to an essay",
                () -> studio.ownQuestion(studioEssay(), List.of(), 1, "Why now?"), only(INSTRUCTOR_A, INSTRUCTOR_B, ADMIN)));
        rows.add(row("StudioService.merge(OpenQuestion, OpenQuestion)", "merge two questions found in an essay",
                () -> studio.merge(new OpenQuestion(1, 1, "Is it late?", OpenQuestion.Kind.EXPLICIT, "why"),
                        new OpenQuestion(1, 2, "Who decides?", OpenQuestion.Kind.EXPLICIT, "why")),
                only(INSTRUCTOR_A, INSTRUCTOR_B, ADMIN)));
        rows.add(row("StudioService.draft(Essay, List, String)", "draft a course from an essay",
                () -> studio.draft(studioEssay(), List.of(new OpenQuestion(1, 1, "Is it late?",
                        OpenQuestion.Kind.EXPLICIT, "ends with a question mark")), "matrix-draft"),
                only(INSTRUCTOR_A, INSTRUCTOR_B, ADMIN)));
        rows.add(row("StudioService.check(DraftCourse)", "check a draft they edit, keeping nothing",
                () -> studio.check(new DraftCourse("matrix-broken", broken)), only(INSTRUCTOR_A, INSTRUCTOR_B, ADMIN)));
        rows.add(row("StudioService.publish(DraftCourse)", "publish a drafted course (refused here for its problems)",
                () -> studio.publish(new DraftCourse("matrix-broken", broken)), only(INSTRUCTOR_A, INSTRUCTOR_B, ADMIN)));
        // the studio's owners and drafts: a draft is its owner's (and any admin's); anyone else is denied it
        rows.add(row("StudioService.myCourses()", "list the courses they own with their owners",
                () -> studio.myCourses(), only(INSTRUCTOR_A, INSTRUCTOR_B, ADMIN)));
        rows.add(row("StudioService.myHeldBackCourses()", "list the held-back courses they own",
                () -> studio.myHeldBackCourses(), only(INSTRUCTOR_A, INSTRUCTOR_B, ADMIN)));
        rows.add(row("StudioService.owners(String)", "list the owners of a course nobody owns",
                () -> studio.owners(COURSE), only(ADMIN)));
        rows.add(row("StudioService.addOwner(String, String)", "add a co-owner to a course nobody owns",
                () -> refusalOr(() -> studio.addOwner(COURSE, "no-such-instructor")), only(ADMIN)));
        rows.add(row("AccountService.findInstructor(String)", "look up a colleague to name a co-owner",
                () -> accountService.findInstructor(f.colleague().username()), only(INSTRUCTOR_A, INSTRUCTOR_B, ADMIN)));
        rows.add(row("AccountService.staffNames(Collection)", "read the names of a course's owners",
                () -> accountService.staffNames(List.of(f.instructorA().id())), only(INSTRUCTOR_A, INSTRUCTOR_B, ADMIN)));
        rows.add(row("DraftService.draftFromEssay(Essay, List, String)", "draft a course from an essay and keep it",
                () -> drafts.draftFromEssay(studioEssay(), studioQuestions(), "matrix-kept-" + System.nanoTime()),
                only(INSTRUCTOR_A, INSTRUCTOR_B, ADMIN)));
        rows.add(row("DraftService.importArchive(String, byte[])", "import a course archive (refused: no zip)",
                () -> refusalOr(() -> drafts.importArchive("course.txt", new byte[] {1})),
                only(INSTRUCTOR_A, INSTRUCTOR_B, ADMIN)));
        rows.add(row("DraftService.editPublished(String)", "edit a course nobody owns as a draft",
                () -> drafts.editPublished(COURSE), only(ADMIN)));
        rows.add(row("DraftService.myDrafts()", "list their drafts", () -> drafts.myDrafts(),
                only(INSTRUCTOR_A, INSTRUCTOR_B, ADMIN)));
        rows.add(row("DraftService.open(long)", "open instructor A's draft",
                () -> drafts.open(draftOfA), only(INSTRUCTOR_A, ADMIN)));
        rows.add(row("DraftService.save(long, DraftCourse, long)", "save instructor A's draft",
                () -> drafts.save(draftOfA, drafts.open(draftOfA).course(), drafts.open(draftOfA).version()),
                only(INSTRUCTOR_A, ADMIN)));
        rows.add(row("DraftService.writeArchive(long, OutputStream)", "download instructor A's draft as a zip",
                () -> act(() -> drafts.writeArchive(draftOfA, java.io.OutputStream.nullOutputStream())),
                only(INSTRUCTOR_A, ADMIN)));
        rows.add(row("DraftService.delete(long)", "delete instructor A's draft",
                () -> act(() -> drafts.delete(aFreshDraftOfInstructorA(false))), only(INSTRUCTOR_A, ADMIN)));
        rows.add(row("DraftService.publish(long, long)", "publish instructor A's draft (refused for its problems)",
                () -> publishFreshBrokenDraft(), only(INSTRUCTOR_A, ADMIN)));
        rows.add(row("CourseDrafts.draftCourse(long)", "read instructor A's draft as a course (empty if not theirs)",
                () -> courseDrafts.draftCourse(draftOfA), only(INSTRUCTOR_A, INSTRUCTOR_B, ADMIN)));

        // lesson: a student's own work
        rows.add(row("AnswerService.anonymousToPeers(String, String)", "ask whether a discussion hides names",
                () -> answers.anonymousToPeers(COURSE, DISCUSS), students()));
        rows.add(row("AnswerService.answersInLesson(String, String)", "read their answers in a lesson",
                () -> answers.answersInLesson(COURSE, LESSON), only(STUDENT_A).filtered(STUDENT_B)));
        rows.add(row("AnswerService.classmatesPosts(String, String)", "read classmates' posts",
                () -> answers.classmatesPosts(COURSE, DISCUSS), only(STUDENT_A).filtered(STUDENT_B)));
        rows.add(row("AnswerService.feedbackOnMyAnswer(String, String)", "read the feedback on their answer",
                () -> answers.feedbackOnMyAnswer(COURSE, RESPOND), only(STUDENT_A).filtered(STUDENT_B)));
        rows.add(row("AnswerService.history(String, String)", "read the history of their answer",
                () -> answers.history(COURSE, RESPOND), only(STUDENT_A).filtered(STUDENT_B)));
        rows.add(row("AnswerService.mySubmitted(String, String)", "read their submitted answer",
                () -> answers.mySubmitted(COURSE, RESPOND), only(STUDENT_A).filtered(STUDENT_B)));
        // NONE_SAVED against an answer that exists: a conflict, so the call changes nothing
        rows.add(row("AnswerService.saveDraft(String, String, String, String, int)", "save a draft",
                () -> answers.saveDraft(COURSE, RESPOND, "draft", null, -1), only(STUDENT_A).filtered(STUDENT_B)));
        rows.add(row("AnswerService.submit(String, String, String, String, int)", "submit an answer",
                () -> answers.submit(COURSE, RESPOND, ClassAFixture.words(90, "answer"), null, -1),
                only(STUDENT_A).filtered(STUDENT_B)));
        rows.add(row("FeedbackLookup.releasedFeedback(long)", "read the released feedback on class A's answer by id",
                () -> feedbackLookup.releasedFeedback(f.responseA()), only(STUDENT_A)));
        rows.add(row("MyAnswers.isMine(long)", "ask whether class A's answer is theirs",
                () -> myAnswers.isMine(f.responseA()), only(STUDENT_A).filtered(STUDENT_B).nothingOfClassAToShow()));
        rows.add(row("FirstPasswordLinks.mayHandOutFor(long)", "ask whether a student's first-password link may be renewed",
                () -> firstPasswordLinks.mayHandOutFor(f.studentA().id()), only(INSTRUCTOR_A, INSTRUCTOR_B)));
        rows.add(row("PeerVisibility.anonymousToPeers(String, String)", "ask whether a discussion hides names",
                () -> peerVisibility.anonymousToPeers(COURSE, DISCUSS), everyone()));
        // a yes-or-no of the discussion's rules on facts the caller brings: it reads nobody's work
        rows.add(row("PeerVisibility.requireMayReadPeers(String, String, boolean)",
                "ask whether a student who posted first may read her classmates' posts",
                () -> act(() -> peerVisibility.requireMayReadPeers(COURSE, DISCUSS, true)), everyone()));
        rows.add(row("MyWorkService.myWork(String)", "read their work", () -> myWork.myWork(COURSE),
                only(STUDENT_A).filtered(STUDENT_B)));
        rows.add(row("MyWorkService.myWorkMarkdown(String, InterfaceLanguage)", "download their work",
                () -> myWork.myWorkMarkdown(COURSE, InterfaceLanguage.ENGLISH), only(STUDENT_A).filtered(STUDENT_B)));
        rows.add(row("StudentLessonService.lessons(String)", "list their lessons", () -> lessons.lessons(COURSE),
                students()));
        rows.add(row("StudentLessonService.open(String, String)", "open a lesson",
                () -> lessons.open(COURSE, LESSON), only(STUDENT_A).filtered(STUDENT_B)));
        rows.add(row("StudentLessonService.moveTo(String, String, String)", "move through a lesson",
                () -> act(() -> lessons.moveTo(COURSE, LESSON, "read-opening")), students()));
        rows.add(row("StudentLessonService.markRead(String, String, String)", "mark a read step as read",
                () -> act(() -> lessons.markRead(COURSE, LESSON, "read-opening")), students()));
        rows.add(row("StudentLessonService.complete(String, String)", "complete a lesson",
                () -> act(() -> lessons.complete(COURSE, LESSON)), students()));
        rows.add(row("StudentLessonService.positionShifts(String, String)", "see how their position shifted",
                () -> lessons.positionShifts(COURSE, LESSON),
                only(STUDENT_A).filtered(STUDENT_B).nothingOfClassAToShow()));

        // lesson: a preview of any lesson, for instructors and admins; it stores nothing
        rows.add(row("LessonPreviewService.open(String, String)", "preview a lesson",
                () -> previews.open(COURSE, LESSON), only(INSTRUCTOR_A, INSTRUCTOR_B, ADMIN)));
        rows.add(row("LessonPreviewService.trySaveDraft(String, String, String)", "type a draft in a lesson preview",
                () -> previews.trySaveDraft(COURSE, RESPOND, "draft"), only(INSTRUCTOR_A, INSTRUCTOR_B, ADMIN)));
        rows.add(row("LessonPreviewService.trySubmit(String, String, String, String)", "submit in a lesson preview",
                () -> previews.trySubmit(COURSE, RESPOND, ClassAFixture.words(90, "answer"), null),
                only(INSTRUCTOR_A, INSTRUCTOR_B, ADMIN)));
        rows.add(row("LessonPreviewService.anonymousToPeers(String, String)",
                "ask in a lesson preview whether a discussion hides names",
                () -> previews.anonymousToPeers(COURSE, DISCUSS), only(INSTRUCTOR_A, INSTRUCTOR_B, ADMIN)));
        rows.add(row("LessonPreviewService.openFromStudio(long, String)", "preview a lesson of A's draft (not B's)",
                () -> notFoundOr(() -> previews.openFromStudio(draftOfA, draftLessonOfA)),
                only(INSTRUCTOR_A, INSTRUCTOR_B, ADMIN)));
        rows.add(row("LessonPreviewService.trySaveDraftFromStudio(long, String, String)",
                "type a draft in a preview of A's draft", () -> previews.trySaveDraftFromStudio(draftOfA,
                        draftLessonOfA + "/x", "draft"), only(INSTRUCTOR_A, INSTRUCTOR_B, ADMIN)));
        rows.add(row("LessonPreviewService.trySubmitFromStudio(long, String, String, String)",
                "submit in a preview of A's draft", () -> previews.trySubmitFromStudio(draftOfA,
                        draftLessonOfA + "/x", "answer", null), only(INSTRUCTOR_A, INSTRUCTOR_B, ADMIN)));
        rows.add(row("LessonPreviewService.classesTeaching(String)", "list the classes whose discussions a preview links to",
                () -> previews.classesTeaching(COURSE), only(INSTRUCTOR_A, INSTRUCTOR_B, ADMIN)));

        // lesson and review: a class's work, for its instructors
        rows.add(row("CohortWorkService.responses(long)", "read class A's answers",
                () -> classWork.responses(a), only(INSTRUCTOR_A)));
        rows.add(row("CohortWorkService.responsesTo(long, String)", "read class A's answers to a prompt",
                () -> classWork.responsesTo(a, RESPOND), only(INSTRUCTOR_A)));
        rows.add(row("CohortWorkService.submittedAnswers(long)", "read class A's submitted answers",
                () -> classWork.submittedAnswers(a), only(INSTRUCTOR_A)));
        rows.add(row("CohortWorkService.response(long, long)", "read one answer of class A",
                () -> classWork.response(a, f.responseA()), only(INSTRUCTOR_A)));
        rows.add(row("CohortWorkService.history(long, long)", "read the history of an answer of class A",
                () -> classWork.history(a, f.responseA()), only(INSTRUCTOR_A)));
        rows.add(row("CohortWorkService.response(long, long)", "read class B's answer through class A",
                () -> classWork.response(a, f.responseB()), nobody().filtered(INSTRUCTOR_A).nothingOfClassB()));
        rows.add(row("CohortWorkService.history(long, long)", "read the history of class B's answer through class A",
                () -> classWork.history(a, f.responseB()), nobody().filtered(INSTRUCTOR_A).nothingOfClassB()));
        rows.add(row("CohortWorkService.progress(long)", "read class A's progress",
                () -> classWork.progress(a), only(INSTRUCTOR_A)));
        rows.add(row("CohortWorkService.forEachPage(long, int, Consumer)", "page through class A's work",
                () -> act(() -> classWork.forEachPage(a, 10, page -> { })), only(INSTRUCTOR_A)));
        // schedule: a class's dates and extensions for its instructors, a student's own dates for her
        LocalDateTime due = LocalDateTime.of(2030, 1, 15, 17, 0);
        rows.add(row("ScheduleService.classSchedule(long)", "read class A's schedule and extensions",
                () -> schedules.classSchedule(a), only(INSTRUCTOR_A)));
        rows.add(row("ScheduleService.setTimeZone(long, String)", "set class A's time zone",
                () -> act(() -> schedules.setTimeZone(a, "UTC")), only(INSTRUCTOR_A)));
        rows.add(row("ScheduleService.setLessonDates(long, String, LocalDateTime, LocalDateTime, LocalDateTime)",
                "set when a lesson of class A is due",
                () -> act(() -> schedules.setLessonDates(a, LESSON, null, due, null)), only(INSTRUCTOR_A)));
        rows.add(row("ScheduleService.extend(long, String, long, LocalDateTime, LocalDateTime)",
                "give class A's student an extension",
                () -> refusalOr(() -> {
                    schedules.extend(a, LESSON, f.studentA().id(), due.plusDays(7), null);
                    return null;
                }), only(INSTRUCTOR_A)));
        rows.add(row("ScheduleService.removeExtension(long, String, long)", "take back an extension of class A's student",
                () -> act(() -> schedules.removeExtension(a, LESSON, f.studentA().id())), only(INSTRUCTOR_A)));
        rows.add(row("ScheduleService.datesOfClass(long)", "read every student's dates in class A",
                () -> schedules.datesOfClass(a), only(INSTRUCTOR_A)));
        rows.add(row("ScheduleService.lateness(long)", "read whose work in class A was late",
                () -> schedules.lateness(a), only(INSTRUCTOR_A)));
        rows.add(row("ScheduleService.myDates(String)", "read their own due dates",
                () -> schedules.myDates(COURSE), students()));
        rows.add(row("ClassWork.handedIn(long)", "read when class A's students handed in each lesson",
                () -> scheduledWork.handedIn(a), only(INSTRUCTOR_A)));
        rows.add(row("ClassWork.finished(String, String, Collection)", "ask who finished a lesson, as the system",
                () -> scheduledWork.finished(COURSE, LESSON, List.of(f.studentA().id())), nobody()));
        rows.add(row("StudentDataService.coursesAnsweredBy(long)", "list the courses class A's student answered in",
                () -> studentData.coursesAnsweredBy(f.studentA().id()), only(ADMIN)));
        rows.add(row("StudentDataService.responsesOf(long, String)", "read every answer of class A's student",
                () -> studentData.responsesOf(f.studentA().id(), COURSE), only(ADMIN)));
        rows.add(row("ReviewService.queue(long, String)", "read the review queue of class A",
                () -> reviews.queue(a, RESPOND), only(INSTRUCTOR_A)));
        rows.add(row("ReviewService.feedback(long, long)", "read the feedback on class A's answer",
                () -> reviews.feedback(a, f.responseA()), only(INSTRUCTOR_A)));
        rows.add(row("ReviewService.feedback(long, long)", "read the feedback on class B's answer through class A",
                () -> reviews.feedback(a, f.responseB()), nobody()));
        rows.add(row("ReviewService.feedback(long, long)", "read the feedback on class A's answer through class B",
                () -> reviews.feedback(f.cohortB().id(), f.responseA()), nobody()));
        rows.add(row("ReviewService.saveFeedback(long, long, String, List)", "write feedback on class A's answer",
                () -> reviews.saveFeedback(a, f.responseA(), "Feedback on the " + MARKER + " answer", List.of()),
                only(INSTRUCTOR_A)));
        rows.add(row("ReviewService.setStarred(long, long, boolean)", "star class A's answer",
                () -> act(() -> reviews.setStarred(a, f.responseA(), true)), only(INSTRUCTOR_A)));
        rows.add(row("ReviewService.saveFeedback(long, long, String, List)", "write feedback on B's answer through A",
                () -> reviews.saveFeedback(a, f.responseB(), "Feedback", List.of()), nobody()));
        rows.add(row("ReviewService.setStarred(long, long, boolean)", "star class B's answer through class A",
                () -> act(() -> reviews.setStarred(a, f.responseB(), true)), nobody()));
        rows.add(row("ReviewService.release(long, String)", "release feedback on a prompt to class A",
                () -> reviews.release(a, RESPOND), only(INSTRUCTOR_A)));
        rows.add(row("ReviewService.releaseAll(long)", "release all feedback to class A",
                () -> reviews.releaseAll(a), only(INSTRUCTOR_A)));
        rows.add(row("ReviewService.grades(long)", "read the rubric scores written in class A",
                () -> reviews.grades(a), only(INSTRUCTOR_A)));
        // the gradebook: class A's instructors only; a student of the class is refused (decision 0046)
        rows.add(row("GradebookService.gradebook(long)", "read the gradebook of class A",
                () -> gradebooks.gradebook(a), only(INSTRUCTOR_A)));
        rows.add(row("GradebookService.write(long, GradebookFormat, OutputStream)",
                "download the gradebook of class A for Canvas",
                () -> act(() -> gradebooks.write(a, GradebookFormat.CANVAS, OutputStream.nullOutputStream())),
                only(INSTRUCTOR_A)));
        rows.add(row("GradebookService.fileName(long, GradebookFormat)", "name the gradebook download of class A",
                () -> gradebooks.fileName(a, GradebookFormat.MOODLE), only(INSTRUCTOR_A)));
        rows.add(row("ReviewService.unreleasedCount(long, String)", "count class A's unreleased feedback",
                () -> reviews.unreleasedCount(a, RESPOND), only(INSTRUCTOR_A)));
        rows.add(row("CohortExportService.write(long, ExportFormat, OutputStream)", "export class A's work",
                () -> act(() -> exports.write(a, ExportFormat.CSV, OutputStream.nullOutputStream())),
                only(INSTRUCTOR_A)));
        rows.add(row("CohortExportService.fileName(long, ExportFormat)", "name class A's export",
                () -> exports.fileName(a, ExportFormat.JSON), only(INSTRUCTOR_A)));
        rows.add(row("CohortOverviewService.overview(long)", "open class A's overview",
                () -> overviews.overview(a), only(INSTRUCTOR_A)));
        rows.add(row("LessonInsightsService.insights(long, String)", "read class A's lesson results",
                () -> insights.insights(a, LESSON), only(INSTRUCTOR_A)));
        rows.add(row("PassageEngagementService.engagement(long)", "read class A's engagement with the reading",
                () -> engagement.engagement(a), only(INSTRUCTOR_A)));
        rows.add(row("StarredAnswers.starred(long, String)", "read class A's starred answers",
                () -> starredAnswers.starred(a, RESPOND), only(INSTRUCTOR_A)));
        rows.add(row("StudentDataExportService.find(String)", "find the data of class A's student",
                () -> dataExports.find(f.studentA().username()), only(ADMIN)));
        rows.add(row("StudentDataExportService.write(String, ExportFormat, OutputStream)",
                "export the data of class A's student", () -> act(() -> dataExports.write(f.studentA().username(),
                        ExportFormat.JSON, OutputStream.nullOutputStream())), only(ADMIN)));
        rows.add(row("StudentDataExportService.fileName(String, ExportFormat)",
                "name the data export of class A's student",
                () -> dataExports.fileName(f.studentA().username(), ExportFormat.CSV), only(ADMIN)));
        rows.add(row("BackupService.backupDir()", "see where backups go", () -> backups.backupDir(), only(ADMIN)));
        rows.add(row("BackupService.backUp()", "back up the database", () -> backups.backUp(), only(ADMIN)));

        // argument maps and the heat map
        rows.add(row("ArgumentMapService.myClassMap(String, String)", "read their class's argument map",
                () -> maps.myClassMap(COURSE, ARGUE), only(STUDENT_A).filtered(STUDENT_B)));
        rows.add(row("ArgumentMapService.classMap(long, String)", "read class A's argument map",
                () -> maps.classMap(a, ARGUE), only(INSTRUCTOR_A)));
        rows.add(row("ArgumentMapService.addReason(String, String, Side, String, List)",
                "add a reason to their class's map", () -> act(() -> maps.addReason(COURSE, ARGUE, Side.AGAINST,
                        "Another reason", List.of(f.paragraphId()))), students()));
        rows.add(row("ArgumentMapService.judge(String, String, long, Stance)", "support a reason on class A's map",
                () -> act(() -> maps.judge(COURSE, ARGUE, f.reasonOfClassmateA(), Stance.SUPPORT)), only(STUDENT_A)));
        rows.add(row("ReadingHeatMapService.classesReading(String)", "list the classes reading a course",
                () -> heatMaps.classesReading(COURSE), only(INSTRUCTOR_A).filtered(INSTRUCTOR_B)));
        rows.add(row("ReadingHeatMapService.heat(long)", "read class A's heat map",
                () -> heatMaps.heat(a), only(INSTRUCTOR_A)));

        // notices: told by the notice feature's own event listeners only (decision 0028), so read-only to views
        rows.add(row("NoticeService.mine()", "read their notices", () -> notices.mine(), signedIn()));
        rows.add(row("NoticeService.unreadCount()", "count their unread notices", () -> notices.unreadCount(),
                signedIn()));
        rows.add(row("NoticeService.markAllRead()", "mark their notices read", () -> act(notices::markAllRead),
                signedIn()));

        // email (decision 0044): each person her own settings; the outbox for admins only
        rows.add(row("MailPreferenceService.sendingOn()", "ask whether the app sends email",
                () -> mailPreferences.sendingOn(), signedIn()));
        rows.add(row("MailPreferenceService.mine()", "read their own email settings", () -> mailPreferences.mine(),
                signedIn()));
        rows.add(row("MailPreferenceService.setReminders(boolean)", "turn their own reminders off",
                () -> act(() -> mailPreferences.setReminders(false)), signedIn()));
        rows.add(row("MailAdminService.sendingOn()", "see whether email is sent", () -> mailAdmin.sendingOn(),
                only(ADMIN)));
        rows.add(row("MailAdminService.maxAttempts()", "see how often email is tried", () -> mailAdmin.maxAttempts(),
                only(ADMIN)));
        rows.add(row("MailAdminService.unsent()", "list the email that failed or waits", () -> mailAdmin.unsent(),
                only(ADMIN)));
        rows.add(row("MailAdminService.retry(long)", "send a failed email again", () -> mailAdmin.retry(-1),
                only(ADMIN)));

        // discussion: students in their class, instructors of the class
        rows.add(row("DiscussionService.anonymousToPeers(String, String)", "ask whether a discussion hides names",
                () -> discussions.anonymousToPeers(COURSE, DISCUSS), students()));
        rows.add(row("DiscussionService.thread(String, String)", "read their class's discussion",
                () -> discussions.thread(COURSE, DISCUSS), only(STUDENT_A).filtered(STUDENT_B)));
        rows.add(row("DiscussionService.reply(String, String, long, String)", "reply to a post of class A",
                () -> act(() -> discussions.reply(COURSE, DISCUSS, f.postOfClassmateA(), "A reply")),
                only(STUDENT_A)));
        rows.add(row("DiscussionService.toggleHelpful(String, String, long)", "mark a post of class A helpful",
                () -> discussions.toggleHelpful(COURSE, DISCUSS, f.postOfClassmateA()), only(STUDENT_A)));
        rows.add(row("DiscussionModerationService.reply(long, long, String)", "reply as the instructor to a post of class A",
                () -> act(() -> moderation.reply(a, f.postOfClassmateA(), "A reply from the instructor")),
                only(INSTRUCTOR_A)));
        rows.add(row("DiscussionModerationService.reply(long, long, String)",
                "reply as the instructor to class B's answer through class A",
                () -> act(() -> moderation.reply(a, f.responseB(), "A reply from the instructor")), nobody()));
        rows.add(row("DiscussionModerationService.deleteMyReply(long, long)",
                "take back a student's reply in class A as if it were one's own",
                () -> act(() -> moderation.deleteMyReply(a, f.replyA())), nobody()));
        rows.add(row("DiscussionModerationService.posts(long, String)", "moderate class A's discussion",
                () -> moderation.posts(a, DISCUSS), only(INSTRUCTOR_A)));
        rows.add(row("DiscussionModerationService.contributions(long)", "read class A's discussion contributions",
                () -> moderation.contributions(a), only(INSTRUCTOR_A)));
        rows.add(row("DiscussionModerationService.hide(long, long, String)", "hide a post of class A",
                () -> act(() -> moderation.hide(a, f.postA(), "Off topic")), only(INSTRUCTOR_A)));
        rows.add(row("DiscussionModerationService.hide(long, long, String)", "hide class B's answer through class A",
                () -> act(() -> moderation.hide(a, f.responseB(), "Off topic")), nobody()));
        rows.add(row("DiscussionModerationService.unhide(long, long)", "show a hidden post of class A again",
                () -> act(() -> moderation.unhide(a, f.postA())), only(INSTRUCTOR_A)));
        rows.add(row("DiscussionModerationService.pin(long, long, boolean)", "pin a post of class A",
                () -> act(() -> moderation.pin(a, f.postA(), false)), only(INSTRUCTOR_A)));
        rows.add(row("DiscussionModerationService.lock(long, String, boolean)", "open class A's discussion",
                () -> act(() -> moderation.lock(a, DISCUSS, false)), only(INSTRUCTOR_A)));
        rows.add(row("DiscussionModerationService.isLocked(long, String)", "ask whether class A's discussion is closed",
                () -> moderation.isLocked(a, DISCUSS), only(INSTRUCTOR_A)));
        // last of the discussion: these take class A's work back
        rows.add(row("DiscussionService.deleteMyReply(String, String, long)", "delete a reply of class A",
                () -> act(() -> discussions.deleteMyReply(COURSE, DISCUSS, f.replyA())), only(STUDENT_A)));
        rows.add(row("DiscussionService.deleteMyPost(String, String, long)", "delete a post of class A",
                () -> act(() -> discussions.deleteMyPost(COURSE, DISCUSS, f.postA())), only(STUDENT_A)));

        // seminar: the leader of a session, on her own session
        rows.add(row("LiveSessionService.lessonsToRun()", "list lessons to run live", () -> roomService.lessonsToRun(),
                only(SEMINAR_LEADER)));
        rows.add(row("LiveSessionService.promptsToPick(String)", "list prompts to run live",
                () -> roomService.promptsToPick(COURSE), only(SEMINAR_LEADER)));
        rows.add(row("LiveSessionService.classesToRunFor()", "list classes to run a session for",
                () -> roomService.classesToRunFor(), only(SEMINAR_LEADER)));
        rows.add(row("LiveSessionService.myOpenSessions()", "list their open sessions",
                () -> roomService.myOpenSessions(), only(SEMINAR_LEADER)));
        rows.add(row("LiveSessionService.start(String, String)", "start a live session",
                () -> roomService.start(COURSE, LESSON), only(SEMINAR_LEADER)));
        rows.add(row("LiveSessionService.start(Long, String, String)", "start a live session for class A",
                () -> roomService.start(a, COURSE, LESSON), nobody()));
        rows.add(row("LiveSessionService.start(Long, String, String)", "start a live session for no class",
                () -> roomService.start(null, COURSE, LESSON), only(SEMINAR_LEADER)));
        rows.add(row("LiveSessionService.startWithPrompts(Long, String, List)", "start a session of picked prompts",
                () -> roomService.startWithPrompts(null, COURSE, List.of(RESPOND)), only(SEMINAR_LEADER)));
        rows.add(row("ConsoleService.presenterState(long)", "present the leader's session",
                () -> consoleService.presenterState(leaders), only(SEMINAR_LEADER)));
        rows.add(row("ConsoleService.presenterState(long)", "present class A's session led by another",
                () -> consoleService.presenterState(classSession), nobody()));
        rows.add(row("ScreenService.projectorState(long)", "project the leader's session",
                () -> screenService.projectorState(leaders), only(SEMINAR_LEADER)));
        rows.add(row("ScreenService.projectorState(long)", "project class A's session led by another",
                () -> screenService.projectorState(classSession), nobody()));
        rows.add(row("ConsoleService.next(long)", "move the leader's session on",
                () -> act(() -> consoleService.next(leaders)), only(SEMINAR_LEADER)));
        rows.add(row("ConsoleService.previous(long)", "move the leader's session back",
                () -> act(() -> consoleService.previous(leaders)), only(SEMINAR_LEADER)));
        rows.add(row("ConsoleService.next(long)", "move class A's session led by another on",
                () -> act(() -> consoleService.next(classSession)), nobody()));
        rows.add(row("ConsoleService.setPromptOpen(long, boolean)", "open the prompt of the leader's session",
                () -> act(() -> consoleService.setPromptOpen(leaders, true)), only(SEMINAR_LEADER)));
        rows.add(row("ConsoleService.setRevealed(long, boolean)", "reveal answers in the leader's session",
                () -> act(() -> consoleService.setRevealed(leaders, true)), only(SEMINAR_LEADER)));
        rows.add(row("ConsoleService.hide(long, long)", "hide class A's student's live answer",
                () -> act(() -> consoleService.hide(leaders, f.liveAnswerA())), only(SEMINAR_LEADER)));
        rows.add(row("ConsoleService.approve(long, long)", "approve class A's student's live answer",
                () -> act(() -> consoleService.approve(leaders, f.liveAnswerA())), only(SEMINAR_LEADER)));
        rows.add(row("ConsoleService.approveAllWaiting(long, List)", "approve every waiting answer the console shows",
                () -> consoleService.approveAllWaiting(leaders, List.of()), only(SEMINAR_LEADER)));
        rows.add(row("ConsoleService.approveAllWaiting(long, List)", "approve the waiting answers of class A's session "
                + "led by another", () -> consoleService.approveAllWaiting(classSession, List.of()), nobody()));
        rows.add(row("ConsoleService.close(long)", "end a session of the leader",
                () -> act(() -> consoleService.close(aFreshSessionOfTheLeader())), only(SEMINAR_LEADER)));
        rows.add(row("ConsoleService.close(long)", "end class A's session led by another",
                () -> act(() -> consoleService.close(classSession)), nobody()));
        rows.add(row("ConsoleService.allowGuests(long, boolean)", "let guests into the leader's session",
                () -> act(() -> consoleService.allowGuests(leaders, true)), only(SEMINAR_LEADER)));
        rows.add(row("ConsoleService.startTimer(long, Duration)", "start a countdown in the leader's session",
                () -> act(() -> consoleService.startTimer(leaders, Duration.ofMinutes(10))), only(SEMINAR_LEADER)));
        rows.add(row("ConsoleService.stopTimer(long)", "stop the countdown in the leader's session",
                () -> act(() -> consoleService.stopTimer(leaders)), only(SEMINAR_LEADER)));
        rows.add(row("ConsoleService.star(long, long, boolean)", "star class A's student's live answer",
                () -> act(() -> consoleService.star(leaders, f.liveAnswerA(), true)), only(SEMINAR_LEADER)));
        rows.add(row("ScreenService.spotlight(long, long)", "spotlight class A's student's live answer",
                () -> act(() -> screenService.spotlight(leaders, f.liveAnswerA())), only(SEMINAR_LEADER)));
        rows.add(row("ScreenService.clearSpotlight(long)", "clear the spotlight of the leader's session",
                () -> act(() -> screenService.clearSpotlight(leaders)), only(SEMINAR_LEADER)));
        rows.add(row("ScreenService.revealAsWordCloud(long, boolean)", "show the answers as a word cloud",
                () -> act(() -> screenService.revealAsWordCloud(leaders, false)), only(SEMINAR_LEADER)));
        rows.add(row("ConsoleService.controls(long)", "read the room controls of the leader's session",
                () -> consoleService.controls(leaders), only(SEMINAR_LEADER)));
        rows.add(row("ScreenService.screen(long)", "read the projector extras of the leader's session",
                () -> screenService.screen(leaders), only(SEMINAR_LEADER)));
        rows.add(row("ScreenService.screen(long)", "read the projector extras of class A's session",
                () -> screenService.screen(classSession), nobody()));
        rows.add(row("CohortSessionService.classInRoom(long)", "see which students of the class answered",
                () -> classSeminars.classInRoom(leaders), only(SEMINAR_LEADER)));
        rows.add(row("CohortSessionService.classInRoom(long)", "see which students of class A answered",
                () -> classSeminars.classInRoom(classSession), nobody()));
        rows.add(row("CohortSessionService.starredForPromptOnScreen(long)", "list starred answers to bring in",
                () -> classSeminars.starredForPromptOnScreen(leaders), only(SEMINAR_LEADER)));
        rows.add(row("CohortSessionService.starredForPromptOnScreen(long)", "list class A's starred answers",
                () -> classSeminars.starredForPromptOnScreen(classSession), nobody()));
        rows.add(row("CohortSessionService.bringIn(long, long)", "bring class A's starred answer onto the screen",
                () -> act(() -> classSeminars.bringIn(classSession, f.responseA())), nobody()));
        rows.add(row("CohortSessionService.takeDownStarred(long)", "take a starred answer off the screen",
                () -> act(() -> classSeminars.takeDownStarred(leaders)), only(SEMINAR_LEADER)));
        rows.add(row("CohortSessionService.takeDownStarred(long)", "take class A's starred answer off the screen",
                () -> act(() -> classSeminars.takeDownStarred(classSession)), nobody()));
        rows.add(row("CohortSessionService.mapsToShow(long)", "list argument maps to show",
                () -> classSeminars.mapsToShow(leaders), only(SEMINAR_LEADER)));
        rows.add(row("CohortSessionService.showMap(long, String)", "show class A's argument map",
                () -> act(() -> classSeminars.showMap(classSession, ARGUE)), nobody()));
        rows.add(row("CohortSessionService.hideMap(long)", "hide the argument map",
                () -> act(() -> classSeminars.hideMap(leaders)), only(SEMINAR_LEADER)));
        rows.add(row("CohortSessionService.onScreen(long)", "read what of the class is on screen",
                () -> classSeminars.onScreen(leaders), only(SEMINAR_LEADER)));
        rows.add(row("CohortSessionService.onScreen(long)", "read what of class A is on screen",
                () -> classSeminars.onScreen(classSession), nobody()));
        rows.add(row("LiveResultsService.everyAnswerOf(long)", "read every live answer of class A's student",
                () -> liveResults.everyAnswerOf(f.studentA().id()), only(ADMIN)));
        rows.add(row("LiveResultsService.sessionsOf(long)", "list class A's live sessions",
                () -> liveResults.sessionsOf(a), only(INSTRUCTOR_A)));
        rows.add(row("LiveResultsService.results(long, long)", "read the results of class A's live session",
                () -> liveResults.results(a, classSession), only(INSTRUCTOR_A)));
        rows.add(row("LiveResultsService.results(long, long)", "read another session's results through class A",
                () -> liveResults.results(a, leaders), nobody()));
        rows.add(row("LiveResultsService.answersOf(long, long)", "read the live answers of class A's student",
                () -> liveResults.answersOf(a, f.studentA().id()), only(INSTRUCTOR_A)));
        rows.add(row("LiveResultsService.classAnswers(long)", "read the live answers of class A's students",
                () -> liveResults.classAnswers(a), only(INSTRUCTOR_A)));
        rows.add(row("LiveResultsService.classAnswersOf(long, Collection)",
                "read the live answers of some of class A's students",
                () -> liveResults.classAnswersOf(a, List.of(f.studentA().id())), only(INSTRUCTOR_A)));
        rows.add(row("LiveResultsService.answersOf(long, long)", "read class B's student's live answers via A",
                () -> liveResults.answersOf(a, f.studentB().id()), nobody()));
        // the audience, last: a new answer takes the leader's approval and star back
        rows.add(row("AudienceService.join(String)", "join the leader's session with its code",
                () -> audienceService.join(leadersCode), only(STUDENT_A).filtered(STUDENT_B)));
        rows.add(row("AudienceService.answer(String, String, String, String)", "answer in the leader's session",
                () -> audienceService.answer(leadersCode, RESPOND, "A live answer", null), students()));
        // guests: anyone with the code may try; the guest's token, not a role, is the check
        rows.add(row("GuestService.enter(String, String)", "enter the leader's session as a guest",
                () -> guests.enter(leadersCode, null), everyone()));
        rows.add(row("GuestService.join(String, String)", "join the leader's session as a guest",
                () -> guests.join(leadersCode, "Visitor"), everyone()));
        rows.add(row("GuestService.answer(String, String, String, String, String)",
                "answer as the guest who holds the token",
                () -> guests.answer(leadersCode, f.guestToken(), RESPOND, "A guest's answer", null), everyone()));
        // change notices carry no data: a subscriber learns only that something changed, then reads via a service
        rows.add(row("SeminarEvents.subscribe(long, Runnable)", "subscribe to the changes of a session",
                () -> act(() -> seminarEvents.subscribe(classSession, () -> { }).cancel()), everyone()));
        rows.add(row("SeminarEvents.subscribe(long, Predicate, Runnable)", "subscribe to some changes of a session",
                () -> act(() -> seminarEvents.subscribe(classSession, event -> true, () -> { }).cancel()),
                everyone()));
        rows.add(row("SeminarEvents.subscribe(long, Predicate, Runnable, Runnable)",
                "subscribe to some changes of a session and to catching up",
                () -> act(() -> seminarEvents.subscribe(classSession, event -> true, () -> { }, () -> { }).cancel()),
                everyone()));
        // a room's version is a count of its changes: it tells a view that it is behind, nothing of what changed
        rows.add(row("SeminarEvents.versionOf(long)", "read the version of class A's session",
                () -> seminarEvents.versionOf(classSession), everyone()));
        // the relay between nodes carries ids and counts, never anyone's work; a view has no use for it
        rows.add(row("NodeRelay.crossesNodes()", "ask whether changes cross to other nodes",
                () -> nodeRelay.crossesNodes(), everyone()));
        rows.add(row("NodeRelay.announce(String, String)", "announce a change to the other nodes",
                () -> act(() -> nodeRelay.announce("matrix", "0")), everyone()));
        rows.add(row("NodeRelay.listen(String, Listener)", "listen to what the other nodes announce",
                () -> act(() -> nodeRelay.listen("matrix", new NodeRelay.Listener() {
                    @Override
                    public void heard(String message) {
                    }

                    @Override
                    public void mayHaveMissedSome() {
                    }
                }).cancel()), everyone()));
        // the room's shared rules, which the console, the screen and the class panel build on
        rows.add(row("LeaderSessions.ledByMe(long)", "open the leader's own session",
                () -> leaderSessions.ledByMe(leaders), only(SEMINAR_LEADER)));
        rows.add(row("LeaderSessions.ledByMe(long)", "open class A's session led by another",
                () -> leaderSessions.ledByMe(classSession), nobody()));
        rows.add(row("LeaderSessions.openLedByMe(long)", "change the leader's own running session",
                () -> leaderSessions.openLedByMe(leaders), only(SEMINAR_LEADER)));
        rows.add(row("LeaderSessions.answerOf(SeminarSession, long)", "take class A's student's live answer in hand",
                () -> leaderSessions.answerOf(sessionInHand(leaders), f.liveAnswerA()), only(SEMINAR_LEADER)));
        rows.add(row("PromptTimers.tellViewsWhenTimeIsUp(long, Instant)", "have the views told when time is up",
                () -> act(() -> promptTimers.tellViewsWhenTimeIsUp(leaders, Instant.now())), only(SEMINAR_LEADER)));
        // a session's prompts and title, read from a session already in hand (only services hold one)
        rows.add(row("SessionPrompts.courseOf(SeminarSession)", "read the course of a session in hand",
                () -> sessionPrompts.courseOf(sessionInHand(classSession)), everyone()));
        rows.add(row("SessionPrompts.of(SeminarSession)", "read the prompts of a session in hand",
                () -> sessionPrompts.of(sessionInHand(classSession)), everyone()));
        rows.add(row("SessionPrompts.current(SeminarSession)", "read the prompt on screen of a session in hand",
                () -> sessionPrompts.current(sessionInHand(classSession)), everyone()));
        rows.add(row("SessionPrompts.title(SeminarSession)", "read the title of a session in hand",
                () -> sessionPrompts.title(sessionInHand(classSession)), everyone()));
        return rows;
    }

    private static final String STUDIO_ESSAY = "On Timing\n\nIs it late? Nobody knows.\n";

    /** An essay as the studio holds it, made without the studio's service, which is what a row checks. */
    private static Essay studioEssay() {
        return new Essay("On Timing", "", "", "en", List.of(new EssayParagraph(1, null, "Is it late? Nobody knows.")));
    }

    private SeminarSession sessionInHand(long sessionId) {
        return seminarSessions.findById(sessionId).orElseThrow();
    }

    @Test
    void everyServiceMethodHasARowInTheDesign() {
        Set<String> surface = ServiceSurface.of(context).keySet();
        Set<String> designed = new TreeSet<>(design().stream().map(Row::method).toList());

        assertThat(new TreeSet<>(surface)).as("""
                Public service methods without a row in ServiceAccessMatrixTest.design(). Add one per method: \
                row("Type.method(ParamTypes)", "the use case", () -> call with class A's ids from ClassAFixture, \
                only(the people who may).filtered(people who may call it but get only their own))""")
                .isSubsetOf(designed);
        assertThat(designed).as("Rows in ServiceAccessMatrixTest for methods that no longer exist: remove them")
                .isSubsetOf(surface);
    }

    @TestFactory
    Stream<DynamicContainer> accessMatrix() {
        return design().stream().map(row -> DynamicContainer.dynamicContainer(row.method(),
                EnumSet.allOf(Who.class).stream().map(who -> cell(row, who))));
    }

    private DynamicTest cell(Row row, Who who) {
        Outcome expected = row.design().get(who);
        String method = row.method().substring(0, row.method().indexOf('('));
        String name = switch (expected) {
            case ALLOW -> who.label + " may " + row.useCase() + " via " + method;
            case DENY -> who.label + " cannot " + row.useCase() + " via " + method;
            case FILTERED -> who.label + " gets only her own when trying to " + row.useCase() + " via " + method;
        };
        return DynamicTest.dynamicTest(name, () -> check(row, who, expected, name));
    }

    private void check(Row row, Who who, Outcome expected, String cell) throws Exception {
        signIn(who);
        Object result;
        try {
            result = row.call().call();
        } catch (AccessDeniedException | AuthenticationCredentialsNotFoundException denied) {
            assertThat(DENY).as("%s — but the call was denied: %s", cell, denied.getMessage())
                    .isEqualTo(expected);
            return;
        } catch (RuntimeException other) {
            throw new AssertionError(cell + " — but the call failed with " + other + " instead of a clear " + expected
                    + " (build the call so the allowed succeed and the others are refused)", other);
        }
        if (expected == DENY) {
            fail("%s — but the call was allowed and returned %s", cell, abbreviated(result));
        }
        if (expected == ALLOW && row.classASeesItsWork() && (who == STUDENT_A || who == INSTRUCTOR_A)) {
            assertThat(String.valueOf(result).toLowerCase(Locale.ROOT))
                    .as("%s — and, as one of class A, should see its work, so that the FILTERED cells of this row "
                            + "prove something; the result was %s", cell, abbreviated(result))
                    .contains(MARKER);
        }
        if (expected == FILTERED) {
            assertThat(String.valueOf(result).toLowerCase(Locale.ROOT))
                    .as("%s — but the result shows what it must not (%s): %s", cell, row.forbidden(),
                            abbreviated(result))
                    .doesNotContain(row.forbidden());
        }
    }

    private static String abbreviated(@Nullable Object result) {
        String text = String.valueOf(result);
        return text.length() > 400 ? text.substring(0, 400) + "…" : text;
    }

    private void signIn(Who who) {
        signedIn = who;
        switch (who) {
            case ANONYMOUS -> accounts.signInAnonymously();
            case STUDENT_A -> accounts.signIn(f.studentA());
            case STUDENT_B -> accounts.signIn(f.studentB());
            case INSTRUCTOR_A -> accounts.signIn(f.instructorA());
            case INSTRUCTOR_B -> accounts.signIn(f.instructorB());
            case SEMINAR_LEADER -> accounts.signIn(f.leader());
            case ADMIN -> accounts.signIn(f.admin());
        }
    }

    /** A session the leader starts now, so that ending it leaves the fixture's sessions running. */
    private long aFreshSessionOfTheLeader() {
        Who caller = signedIn;
        accounts.signIn(f.leader());
        long id = roomService.start(COURSE, LESSON).id();
        signIn(caller);
        return id;
    }

    private static Row row(String method, String useCase, Call call, Design design) {
        return new Row(method, useCase, call, design.outcomes(), design.classASeesItsWork(), design.forbidden());
    }

    /** The call's result, or the reason it was refused: a refusal is a clear answer, not a failure. */
    private static @Nullable Object refusalOr(Call call) throws Exception {
        try {
            return call.call();
        } catch (Refusal refused) {
            return refused.getMessage();
        }
    }

    private static @Nullable Object act(Action action) throws Exception {
        action.run();
        return null;
    }

    /**
     * Who gets what; everyone not named is denied. Where some get FILTERED, the allowed people of class A must see
     * its work in the same call (proof that the filter check can fail), unless {@link #nothingOfClassAToShow}.
     */
    record Design(Map<Who, Outcome> outcomes, boolean classASeesItsWork, String forbidden) {

        Design filtered(Who... who) {
            Map<Who, Outcome> more = new EnumMap<>(outcomes);
            for (Who person : who) {
                more.put(person, FILTERED);
            }
            return new Design(more, forbidden.equals(MARKER), forbidden);
        }

        /** The call's result holds no text even for class A's own people (a yes/no, an empty list). */
        Design nothingOfClassAToShow() {
            return new Design(outcomes, false, forbidden);
        }

        /** FILTERED people must get nothing of class B's work either, asked for by class B's ids through A. */
        Design nothingOfClassB() {
            return new Design(outcomes, false, ClassAFixture.CLASS_B_MARKER);
        }
    }

    private static Design only(Who... allowed) {
        Map<Who, Outcome> outcomes = new EnumMap<>(Who.class);
        for (Who who : Who.values()) {
            outcomes.put(who, DENY);
        }
        for (Who who : allowed) {
            outcomes.put(who, ALLOW);
        }
        return new Design(outcomes, false, MARKER);
    }

    private static Design nobody() {
        return only();
    }

    private static Design everyone() {
        return only(Who.values());
    }

    private static Design signedIn() {
        return only(STUDENT_A, STUDENT_B, INSTRUCTOR_A, INSTRUCTOR_B, SEMINAR_LEADER, ADMIN);
    }

    private static Design students() {
        return only(STUDENT_A, STUDENT_B);
    }
}
