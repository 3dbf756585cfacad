package org.colloquy.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.colloquy.security.EveryKindOfParticipant.COURSE;
import static org.colloquy.security.EveryKindOfParticipant.PROMPTS;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.InternalServerError;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.colloquy.IntegrationTest;
import org.colloquy.argument.ArgumentMapService;
import org.colloquy.base.ui.PageAddress;
import org.colloquy.cohort.CohortService;
import org.colloquy.content.ui.ContentPages;
import org.colloquy.discussion.DiscussionModerationService;
import org.colloquy.discussion.DiscussionService;
import org.colloquy.identity.TestAccounts;
import org.colloquy.studio.DraftService;
import org.colloquy.studio.Essay;
import org.colloquy.studio.EssayParagraph;
import org.colloquy.studio.OpenQuestion;
import org.colloquy.lesson.AnswerService;
import org.colloquy.lesson.StudentLessonService;
import org.colloquy.lesson.work.CohortWorkService;
import org.colloquy.review.ReviewService;
import org.colloquy.review.ui.ReviewPages;
import org.colloquy.review.export.CohortExportService;
import org.colloquy.review.export.ExportFormat;
import org.colloquy.review.export.StudentDataExportService;
import org.colloquy.seminar.audience.AudienceService;
import org.colloquy.seminar.cohort.CohortSessionService;
import org.colloquy.seminar.console.ConsoleService;
import org.colloquy.seminar.guest.GuestService;
import org.colloquy.seminar.screen.ScreenService;
import org.colloquy.seminar.session.LiveSessionService;
import org.colloquy.seminar.session.SessionSummary;
import org.colloquy.seminar.session.ui.SeminarPages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every page of the application, opened by every kind of person who may come to it, on a class where every kind of
 * participant has left work ({@link EveryKindOfParticipant}: a student, a guest, an account that is gone, a student
 * who left, anonymous authors) and on a class with nobody in it. No page may fail: no internal-error page, no
 * exception out of the router, nothing logged at ERROR and no exception logged at all. The addresses are made from the
 * route registry, so a new page is opened here without a line of this test, and a new kind of route parameter fails
 * it until it says which values to open the page with.
 */
@IntegrationTest
@ViewPackages(packages = "org.colloquy")
class EveryPageWithEveryParticipantTest extends SpringBrowserlessTest {

    private static final Pattern PARAMETER = Pattern.compile(":([A-Za-z]+)([?*]?)");

    private static EveryKindOfParticipant participants;
    private static long draftOfTheInstructor;

    @Autowired
    TestAccounts accounts;
    @Autowired
    DraftService drafts;
    @Autowired
    CohortService cohorts;
    @Autowired
    AnswerService answers;
    @Autowired
    StudentLessonService lessons;
    @Autowired
    DiscussionService discussions;
    @Autowired
    DiscussionModerationService moderation;
    @Autowired
    ArgumentMapService maps;
    @Autowired
    ReviewService reviews;
    @Autowired
    CohortWorkService classWork;
    @Autowired
    LiveSessionService rooms;
    @Autowired
    ConsoleService console;
    @Autowired
    AudienceService audience;
    @Autowired
    GuestService guests;
    @Autowired
    ScreenService screen;
    @Autowired
    CohortSessionService classSessions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CohortExportService classExports;
    @Autowired
    StudentDataExportService personalExports;

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Set<String> landedOn = new TreeSet<>();

    @BeforeEach
    void everyKindOfParticipantOnce() {
        if (participants == null) {
            participants = EveryKindOfParticipant.create(new EveryKindOfParticipant.Services(accounts, cohorts,
                    answers, lessons, discussions, moderation, maps, reviews, classWork, rooms, console, audience,
                    guests, screen, classSessions, jdbc));
            accounts.signIn(participants.instructor());
            draftOfTheInstructor = drafts.draftFromEssay(new Essay("On Timing", "", "", "en",
                    List.of(new EssayParagraph(1, null, "Is it late? Nobody knows."))), List.of(new OpenQuestion(1, 1,
                    "Is it late?", OpenQuestion.Kind.EXPLICIT, "asked")), "every-page-draft").id();
            accounts.signOut();
        }
        log.start();
        root().addAppender(log);
    }

    @AfterEach
    void stopListening() {
        root().detachAppender(log);
        log.stop();
        accounts.signOut();
    }

    @AfterAll
    static void putTheGoneAccountsBack() {
        if (participants != null) {
            participants.gone().restore();
            participants = null;
        }
    }

    @Test
    void the_class_instructor_opens_every_page_with_a_student_a_guest_a_gone_account_and_anonymous_authors_on_it() {
        EveryKindOfParticipant p = participants;

        assertThat(problemsOpeningEveryPageAs("the class's instructor", () -> accounts.signIn(p.instructor())))
                .isEmpty();
        assertThat(landedOn).contains("CohortView", "LiveSessionResultsView", "StudentLiveAnswersView",
                "ReviewQueueView", "ModerationView", "LessonInsightsView", "PassageEngagementView", "ReadingView",
                "CourseView", "LessonView");
        UI.getCurrent().navigate(ReviewPages.liveSession(p.cohort().id(), p.endedSession().id()));
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("led by A former leader",
                p.guestName() + " (guest): ", "A former student: ", "Ana Present: ");
        UI.getCurrent().navigate(ReviewPages.liveSession(p.cohort().id(), p.runningSession().id()));
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Lea Left (not in this class): ");
    }

    @Test
    void the_seminar_leader_opens_every_page_with_the_console_and_projector_of_a_session_a_guest_answered_in() {
        EveryKindOfParticipant p = participants;

        assertThat(problemsOpeningEveryPageAs("the seminar leader", () -> accounts.signIn(p.leader()))).isEmpty();
        assertThat(landedOn).contains("PresenterView", "ProjectorView", "SeminarStartView", "LiveSessionResultsView");
    }

    @Test
    void a_student_of_the_class_opens_every_page_with_classmates_a_gone_classmate_and_anonymous_authors_on_it() {
        EveryKindOfParticipant p = participants;

        assertThat(problemsOpeningEveryPageAs("a student of the class", () -> accounts.signIn(p.student())))
                .isEmpty();
        assertThat(landedOn).contains("DiscussionView", "LessonView", "MyWorkView", "NoticesView", "AudienceView",
                "MailSettingsView");
    }

    @Test
    void a_student_of_no_class_opens_every_page() {
        EveryKindOfParticipant p = participants;

        assertThat(problemsOpeningEveryPageAs("a student of no class", () -> accounts.signIn(p.loneStudent())))
                .isEmpty();
        assertThat(landedOn).contains("HomeView", "CourseView");
    }

    @Test
    void an_admin_opens_every_page() {
        EveryKindOfParticipant p = participants;

        assertThat(problemsOpeningEveryPageAs("an admin", () -> accounts.signIn(p.admin()))).isEmpty();
        assertThat(landedOn).contains("DataExportView", "BackupView", "PeopleView", "CourseView", "LessonView",
                "MailAdminView");
    }

    @Test
    void a_visitor_who_is_not_signed_in_opens_every_page() {
        assertThat(problemsOpeningEveryPageAs("a visitor", accounts::signInAnonymously)).isEmpty();
        assertThat(landedOn).contains("LoginView", "AudienceView");
    }

    @Test
    void a_guest_joins_the_running_session_answers_and_then_opens_every_page() {
        EveryKindOfParticipant p = participants;
        accounts.signInAnonymously();
        UI.getCurrent().navigate(SeminarPages.phone(p.runningSession().joinCode()));
        test(find(TextField.class).id("guest-name")).setValue("Noor, a second guest");
        test(find(Button.class).id("guest-join")).click();
        test(find(TextArea.class).id("live-answer")).setValue("A guest's answer from her phone");
        test(find(Button.class).id("live-send")).click();

        assertThat(problemsOpeningEveryPageAs("a guest", accounts::signInAnonymously)).isEmpty();
        UI.getCurrent().navigate(SeminarPages.phone(p.runningSession().joinCode()));
        assertThat(find(TextArea.class).id("live-answer").getValue()).isEqualTo("A guest's answer from her phone");
    }

    @Test
    void the_class_and_a_persons_data_download_in_every_format_with_every_kind_of_participant_in_the_class() {
        EveryKindOfParticipant p = participants;
        List<String> problems = new ArrayList<>();
        for (ExportFormat format : ExportFormat.values()) {
            accounts.signIn(p.instructor());
            for (long cohortId : List.of(p.cohort().id(), p.emptyCohort().id())) {
                problems.addAll(problemsWriting("the class " + cohortId + " as " + format,
                        out -> classExports.write(cohortId, format, out)));
            }
            accounts.signIn(p.admin());
            problems.addAll(problemsWriting("the data of a student as " + format,
                    out -> personalExports.write(p.student().username(), format, out)));
        }

        assertThat(problems).isEmpty();
    }

    private List<String> problemsOpeningEveryPageAs(String who, Runnable signIn) {
        List<String> problems = new ArrayList<>();
        for (String address : everyAddress()) {
            signIn.run();
            log.list.clear();
            try {
                open(address);
                HasElement view = getCurrentView();
                landedOn.add(view.getClass().getSimpleName());
                if (view instanceof InternalServerError) {
                    problems.add(who + " × /" + address + ": the internal error page, "
                            + view.getElement().getProperty("exceptionType") + ": "
                            + view.getElement().getProperty("failureMessage"));
                }
            } catch (RuntimeException failed) {
                problems.add(who + " × /" + address + ": " + failed);
            }
            problems.addAll(badLogs(who + " × /" + address));
        }
        return problems;
    }

    private List<String> problemsWriting(String what, Consumer<ByteArrayOutputStream> write) {
        log.list.clear();
        List<String> problems = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write.accept(out);
            if (!out.toString(StandardCharsets.UTF_8).contains("Ana Present") && !what.startsWith("the class "
                    + participants.emptyCohort().id())) {
                problems.add(what + ": the download does not hold Ana's answers");
            }
        } catch (RuntimeException failed) {
            problems.add(what + ": " + failed);
        }
        problems.addAll(badLogs(what));
        return problems;
    }

    private List<String> badLogs(String where) {
        List<String> problems = new ArrayList<>();
        for (ILoggingEvent event : List.copyOf(log.list)) {
            if (event.getLevel().isGreaterOrEqual(Level.ERROR)
                    || event.getLevel().isGreaterOrEqual(Level.WARN) && event.getThrowableProxy() != null) {
                problems.add(where + ": logged " + event.getLevel() + " " + event.getFormattedMessage()
                        + (event.getThrowableProxy() == null ? "" : " — " + event.getThrowableProxy().getClassName()
                        + ": " + event.getThrowableProxy().getMessage()));
            }
        }
        return problems;
    }

    private static void open(String address) {
        int query = address.indexOf('?');
        if (query < 0) {
            UI.getCurrent().navigate(address);
        } else {
            UI.getCurrent().navigate(address.substring(0, query),
                    QueryParameters.fromString(address.substring(query + 1)));
        }
    }

    /** Every route of the application, with the ids of both classes, their sessions and every kind of participant. */
    private List<String> everyAddress() {
        EveryKindOfParticipant p = participants;
        Set<String> addresses = new LinkedHashSet<>();
        for (RouteData route : RouteConfiguration.forApplicationScope().getAvailableRoutes()) {
            String template = route.getTemplate();
            for (Scene scene : List.of(Scene.of(p, true), Scene.of(p, false))) {
                for (Map<String, Object> values : valuesFor(template, scene)) {
                    addresses.add(PageAddress.fill(template, values.entrySet().stream()
                            .flatMap(entry -> Stream.of(entry.getKey(), entry.getValue()))
                            .toArray()));
                }
            }
        }
        for (long cohortId : List.of(p.cohort().id(), p.emptyCohort().id())) {
            addresses.add(ContentPages.readingWithHeatMap(COURSE, cohortId));
        }
        return List.copyOf(addresses);
    }

    /** One class with what belongs to it: its sessions, the codes that open them and the people in it. */
    private record Scene(long cohortId, String cohortJoinCode, List<SessionSummary> sessions, List<Long> studentIds) {

        static Scene of(EveryKindOfParticipant p, boolean everyone) {
            return everyone
                    ? new Scene(p.cohort().id(), p.cohort().joinCode(), List.of(p.endedSession(), p.runningSession()),
                            List.of(p.student().id(), p.formerStudentId(), p.leftStudentId()))
                    : new Scene(p.emptyCohort().id(), p.emptyCohort().joinCode(), List.of(p.emptySession()),
                            List.of(p.student().id()));
        }
    }

    /** Every combination of values for the template's parameters, in this scene. */
    private static List<Map<String, Object>> valuesFor(String template, Scene scene) {
        List<Map<String, Object>> combinations = new ArrayList<>(List.of(Map.of()));
        Matcher parameters = PARAMETER.matcher(template);
        Set<String> names = new LinkedHashSet<>();
        Set<String> optional = new LinkedHashSet<>();
        while (parameters.find()) {
            names.add(parameters.group(1));
            if (!parameters.group(2).isEmpty()) {
                optional.add(parameters.group(1));
            }
        }
        for (String name : names) {
            List<Map<String, Object>> choices = switch (name) {
                case "courseKey" -> List.of(Map.of(name, COURSE));
                case "lessonKey" -> names.contains("stepKey")
                        ? PROMPTS.stream().map(prompt -> Map.<String, Object>of("lessonKey", prompt.split("/")[0],
                                "stepKey", prompt.split("/")[1])).toList()
                        : PROMPTS.stream().map(prompt -> prompt.split("/")[0]).distinct()
                                .map(lesson -> Map.<String, Object>of(name, lesson)).toList();
                case "stepKey" -> List.of(Map.of());
                case "cohortId" -> List.of(Map.of(name, scene.cohortId()));
                case "sessionId", "id" -> scene.sessions().stream().map(s -> Map.<String, Object>of(name, s.id()))
                        .toList();
                case "studentId" -> scene.studentIds().stream().map(id -> Map.<String, Object>of(name, id)).toList();
                case "code" -> with(optional.contains(name) ? List.of(Map.of()) : List.of(),
                        template.startsWith("join") ? List.of(Map.of(name, scene.cohortJoinCode()))
                                : scene.sessions().stream().map(s -> Map.<String, Object>of(name, s.joinCode()))
                                .toList());
                case "token" -> List.of(Map.of(name, "not-a-token"));
                // the class instructor's draft, a draft of nobody's, and a number that is no draft's
                case "draftId" -> List.of(Map.of(name, draftOfTheInstructor), Map.of(name, Long.MAX_VALUE));
                default -> throw new AssertionError("The route " + template + " has a parameter :" + name
                        + " this test does not know: say in valuesFor which values to open it with");
            };
            List<Map<String, Object>> next = new ArrayList<>();
            for (Map<String, Object> combination : combinations) {
                for (Map<String, Object> choice : choices) {
                    Map<String, Object> merged = new LinkedHashMap<>(combination);
                    merged.putAll(choice);
                    next.add(merged);
                }
            }
            combinations = next;
        }
        return combinations;
    }

    private static <T> List<T> with(List<T> first, List<T> more) {
        List<T> all = new ArrayList<>(first);
        all.addAll(more);
        return all;
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }
}
