package org.colloquy.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.colloquy.security.RouteAccessMatrixTest.Who.ADMIN;
import static org.colloquy.security.RouteAccessMatrixTest.Who.ANONYMOUS;
import static org.colloquy.security.RouteAccessMatrixTest.Who.INSTRUCTOR_A;
import static org.colloquy.security.RouteAccessMatrixTest.Who.INSTRUCTOR_B;
import static org.colloquy.security.RouteAccessMatrixTest.Who.SEMINAR_LEADER;
import static org.colloquy.security.RouteAccessMatrixTest.Who.STUDENT_A;
import static org.colloquy.security.RouteAccessMatrixTest.Who.STUDENT_B;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.colloquy.IntegrationTest;
import org.colloquy.cohort.CohortRef;
import org.colloquy.cohort.CohortService;
import org.colloquy.identity.Role;
import org.colloquy.content.CourseCheck;
import org.colloquy.studio.DraftService;
import org.colloquy.studio.Essay;
import org.colloquy.studio.EssayParagraph;
import org.colloquy.studio.OpenQuestion;
import org.colloquy.studio.OpenedDraft;
import org.colloquy.identity.TestAccounts;
import org.colloquy.identity.UserRef;
import org.colloquy.seminar.console.ConsoleService;
import org.colloquy.seminar.session.LiveSessionService;
import org.colloquy.seminar.session.SessionSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.colloquy.seminar.audience.ui.AudienceView;
import org.jspecify.annotations.Nullable;

/**
 * Every route of the application × every kind of person → may open it, or not, as designed. The routes are read
 * from Vaadin's route registry, so a new route without a row in {@link #EXPECTED} fails this test. Addresses carry
 * the ids of class A (its cohort, its seminar session), so the people of class B must be denied them.
 */
@IntegrationTest
@ViewPackages(packages = "org.colloquy")
class RouteAccessMatrixTest extends SpringBrowserlessTest {

    static final String COURSE = "sino-russian-relations";

    enum Who { ANONYMOUS, STUDENT_A, STUDENT_B, INSTRUCTOR_A, INSTRUCTOR_B, SEMINAR_LEADER, ADMIN }

    private static final Set<Who> STUDENTS = EnumSet.of(STUDENT_A, STUDENT_B);
    private static final Set<Who> EVERYONE_SIGNED_IN = EnumSet.complementOf(EnumSet.of(ANONYMOUS));
    private static final Set<Who> EVERYONE = EnumSet.allOf(Who.class);
    /** Students take the lessons; instructors and admins preview them, with nothing stored. */
    private static final Set<Who> PREVIEWERS_AND_STUDENTS = EnumSet.of(STUDENT_A, STUDENT_B, INSTRUCTOR_A, INSTRUCTOR_B,
            ADMIN);

    /** A route's template, the address a test opens for it (with class A's ids), and who may open that address. */
    /** {@code landsOn}: the view a route that only passes people on shows them; otherwise the route's own view. */
    private record Row(String template, Function<Fixture, String> address, Set<Who> allowed,
                       @Nullable Class<? extends Component> landsOn) {

        Row(String template, Function<Fixture, String> address, Set<Who> allowed) {
            this(template, address, allowed, null);
        }
    }

    /** The ids the addresses are built from: class A's cohort and its seminar session. */
    private record Fixture(long cohortA, String seminarCodeA, long seminarA, long studentA, long classSessionA,
                           long draftA, String draftLessonA) {
    }

    /**
     * The design, one row per route. Adding a route? Add a row: its template exactly as in {@code @Route}, an
     * address that opens it for class A's data (use {@code f.cohortA()} and friends), and the people who may open
     * it. Anyone not listed must be sent to the sign-in page or refused.
     */
    private static final List<Row> EXPECTED = List.of(
            new Row("", f -> "", EVERYONE_SIGNED_IN),
            new Row("login", f -> "login", EVERYONE),
            new Row("join/:code?", f -> "join/NOSUCH", EVERYONE),
            new Row("join/:code/continue", f -> "join/NOSUCH/continue", STUDENTS),
            new Row("set-password/:token", f -> "set-password/not-a-token", EVERYONE),
            new Row("reset-password", f -> "reset-password", EVERYONE),
            new Row("notices", f -> "notices", EVERYONE_SIGNED_IN),
            new Row("course/:courseKey", f -> "course/" + COURSE, PREVIEWERS_AND_STUDENTS),
            new Row("course/:courseKey/reading", f -> "course/" + COURSE + "/reading", EVERYONE_SIGNED_IN),
            new Row("course/:courseKey/lesson/:lessonKey", f -> "course/" + COURSE + "/lesson/three-stages",
                    PREVIEWERS_AND_STUDENTS),
            new Row("course/:courseKey/discussion/:lessonKey/:stepKey",
                    f -> "course/" + COURSE + "/discussion/three-stages/discuss-parallel", STUDENTS),
            new Row("my-work", f -> "my-work", STUDENTS),
            new Row("classes", f -> "classes", EnumSet.of(INSTRUCTOR_A, INSTRUCTOR_B)),
            new Row("classes/:cohortId", f -> "classes/" + f.cohortA(), EnumSet.of(INSTRUCTOR_A)),
            new Row("classes/:cohortId/lessons/:lessonKey", f -> "classes/" + f.cohortA() + "/lessons/three-stages",
                    EnumSet.of(INSTRUCTOR_A)),
            new Row("classes/:cohortId/passages", f -> "classes/" + f.cohortA() + "/passages", EnumSet.of(INSTRUCTOR_A)),
            new Row("classes/:cohortId/gradebook", f -> "classes/" + f.cohortA() + "/gradebook", EnumSet.of(INSTRUCTOR_A)),
            new Row("classes/:cohortId/review/:lessonKey/:stepKey",
                    f -> "classes/" + f.cohortA() + "/review/three-stages/respond-balance", EnumSet.of(INSTRUCTOR_A)),
            new Row("classes/:cohortId/discussion/:lessonKey/:stepKey",
                    f -> "classes/" + f.cohortA() + "/discussion/three-stages/discuss-parallel", EnumSet.of(INSTRUCTOR_A)),
            new Row("classes/:cohortId/map/:lessonKey/:stepKey",
                    f -> "classes/" + f.cohortA() + "/map/expediency-and-order/argue-not-expediency",
                    EnumSet.of(INSTRUCTOR_A)),
            new Row("classes/:cohortId/live/:sessionId",
                    f -> "classes/" + f.cohortA() + "/live/" + f.classSessionA(), EnumSet.of(INSTRUCTOR_A)),
            new Row("classes/:cohortId/students/:studentId/live",
                    f -> "classes/" + f.cohortA() + "/students/" + f.studentA() + "/live", EnumSet.of(INSTRUCTOR_A)),
            new Row("admin/data-export", f -> "admin/data-export", EnumSet.of(ADMIN)),
            new Row("admin/backup", f -> "admin/backup", EnumSet.of(ADMIN)),
            new Row("admin/people", f -> "admin/people", EnumSet.of(ADMIN)),
            new Row("admin/content", f -> "admin/content", EnumSet.of(ADMIN)),
            new Row("admin/mail", f -> "admin/mail", EnumSet.of(ADMIN)),
            new Row("account/email", f -> "account/email", EVERYONE_SIGNED_IN),
            new Row("studio", f -> "studio", EnumSet.of(INSTRUCTOR_A, INSTRUCTOR_B, ADMIN)),
            new Row("studio/new", f -> "studio/new", EnumSet.of(INSTRUCTOR_A, INSTRUCTOR_B, ADMIN)),
            // a draft is its owner's (instructor A's) and any admin's: another instructor finds no such draft
            new Row("studio/drafts/:draftId", f -> "studio/drafts/" + f.draftA(), EnumSet.of(INSTRUCTOR_A, ADMIN)),
            new Row("studio/drafts/:draftId/preview/:lessonKey",
                    f -> "studio/drafts/" + f.draftA() + "/preview/" + f.draftLessonA(), EnumSet.of(INSTRUCTOR_A, ADMIN)),
            new Row("seminar", f -> "seminar", EnumSet.of(SEMINAR_LEADER)),
            new Row("seminar/:id/present", f -> "seminar/" + f.seminarA() + "/present", EnumSet.of(SEMINAR_LEADER)),
            new Row("seminar/:id/project", f -> "seminar/" + f.seminarA() + "/project", EnumSet.of(SEMINAR_LEADER)),
            // the audience page opens for anyone with the code: signed-in people answer under their name, others
            // may join by a display name only where the leader allows guests (GuestServiceTest)
            new Row("live/:code?", f -> "live/" + f.seminarCodeA(), EVERYONE),
            new Row("live/:code/continue", f -> "live/" + f.seminarCodeA() + "/continue", EVERYONE_SIGNED_IN,
                    AudienceView.class));

    @Autowired
    TestAccounts accounts;
    @Autowired
    DraftService drafts;
    @Autowired
    CohortService cohorts;
    @Autowired
    ConsoleService consoleService;
    @Autowired
    LiveSessionService roomService;

    private final Map<Who, Runnable> signIns = new LinkedHashMap<>();
    private Fixture fixture;

    @BeforeEach
    void twoClassesAndASeminar() {
        UserRef instructorA = accounts.signInNew("instructor-a", Role.INSTRUCTOR);
        CohortRef cohortA = cohorts.createCohort(COURSE, "Class A");
        UserRef instructorB = accounts.signInNew("instructor-b", Role.INSTRUCTOR);
        CohortRef cohortB = cohorts.createCohort(COURSE, "Class B");
        UserRef studentA = accounts.signInNew("student-a", Role.STUDENT);
        cohorts.join(cohortA.joinCode());
        UserRef studentB = accounts.signInNew("student-b", Role.STUDENT);
        cohorts.join(cohortB.joinCode());
        UserRef leader = accounts.signInNew("leader", Role.SEMINAR_LEADER);
        SessionSummary seminar = roomService.start(COURSE, "three-stages");
        // a co-teacher of class A who leads a live session for it, ended, so its results are on the class page
        UserRef coTeacherA = accounts.signInNew("co-teacher-a", Role.INSTRUCTOR, Role.SEMINAR_LEADER);
        accounts.signIn(instructorA);
        cohorts.addInstructor(cohortA.id(), coTeacherA.username());
        accounts.signIn(coTeacherA);
        SessionSummary classSession = roomService.start(cohortA.id(), COURSE, "three-stages");
        consoleService.close(classSession.id());
        UserRef admin = accounts.create("admin", Role.ADMIN);
        accounts.signIn(instructorA);
        OpenedDraft draftA = drafts.draftFromEssay(new Essay("On Timing", "", "", "en",
                List.of(new EssayParagraph(1, null, "Is it late? Nobody knows."))), List.of(new OpenQuestion(1, 1,
                "Is it late?", OpenQuestion.Kind.EXPLICIT, "asked")), "route-draft-" + System.nanoTime());
        fixture = new Fixture(cohortA.id(), seminar.joinCode(), seminar.id(), studentA.id(), classSession.id(),
                draftA.id(), ((CourseCheck.Passed) draftA.check()).course().lessons().getFirst().key());

        signIns.put(ANONYMOUS, accounts::signInAnonymously);
        signIns.put(STUDENT_A, () -> accounts.signIn(studentA));
        signIns.put(STUDENT_B, () -> accounts.signIn(studentB));
        signIns.put(INSTRUCTOR_A, () -> accounts.signIn(instructorA));
        signIns.put(INSTRUCTOR_B, () -> accounts.signIn(instructorB));
        signIns.put(SEMINAR_LEADER, () -> accounts.signIn(leader));
        signIns.put(ADMIN, () -> accounts.signIn(admin));
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void everyRouteHasARowInTheDesign() {
        Set<String> registered = routes().keySet();
        Set<String> designed = EXPECTED.stream().map(Row::template).collect(Collectors.toCollection(TreeSet::new));

        assertThat(new TreeSet<>(registered)).as("""
                Routes without a row in RouteAccessMatrixTest.EXPECTED. Add one per route: the template as in \
                @Route, an address that opens it with class A's ids, and who may open it \
                (anonymous, students of A and B, instructors of A and B, seminar leader, admin)""")
                .isSubsetOf(designed);
        assertThat(designed).as("Rows in RouteAccessMatrixTest.EXPECTED for routes that no longer exist: remove them")
                .isSubsetOf(registered);
    }

    @Test
    void everyoneOpensExactlyTheRoutesTheDesignAllows() {
        Map<String, Class<? extends Component>> routes = routes();
        List<String> wrong = new ArrayList<>();
        for (Row row : EXPECTED) {
            Class<? extends Component> target = routes.get(row.template());
            if (target == null) {
                continue;
            }
            String address = row.address().apply(fixture);
            signIns.forEach((who, signIn) -> {
                signIn.run();
                String landed = open(address);
                boolean allowed = landed.equals((row.landsOn() != null ? row.landsOn() : target).getSimpleName());
                if (allowed != row.allowed().contains(who)) {
                    wrong.add(who + " × /" + address + ": " + (allowed ? "allowed" : "denied, landed on " + landed));
                }
                // the browserless stand-in for Vaadin's error page is called MockInternalSeverError
                if (landed.contains("InternalServerError") || landed.contains("InternalSeverError")
                        || landed.startsWith("exception")) {
                    wrong.add(who + " × /" + address + ": a server error instead of a refusal");
                }
            });
        }
        assertThat(wrong).as("cells that differ from the design").isEmpty();
    }

    private String open(String address) {
        try {
            UI.getCurrent().navigate(address);
        } catch (RuntimeException refused) {
            return "exception " + refused.getClass().getSimpleName();
        }
        return getCurrentView().getClass().getSimpleName();
    }

    private static Map<String, Class<? extends Component>> routes() {
        return RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .collect(Collectors.toMap(RouteData::getTemplate, RouteData::getNavigationTarget, (a, b) -> a,
                        LinkedHashMap::new));
    }
}
