package org.colloquy.review.ui;

import java.util.Locale;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Section;
import java.util.List;
import org.colloquy.IntegrationTest;
import org.colloquy.cohort.CohortRef;
import org.colloquy.cohort.CohortService;
import org.colloquy.identity.Role;
import org.colloquy.identity.TestAccounts;
import org.colloquy.identity.UserRef;
import org.colloquy.identity.ui.LoginView;
import org.colloquy.seminar.audience.AudienceService;
import org.colloquy.seminar.console.ConsoleService;
import org.colloquy.seminar.session.LiveSessionService;
import org.colloquy.seminar.session.SessionSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import org.colloquy.seminar.guest.GuestJoin;
import org.colloquy.seminar.guest.GuestService;
import com.vaadin.flow.component.html.UnorderedList;

/** The cohort dashboard lists the class's live sessions; each opens everything it received, for its teachers only. */
@IntegrationTest
@ViewPackages(classes = {CohortView.class, LoginView.class})
class LiveSessionResultsViewTest extends SpringBrowserlessTest {

    static final String COURSE = "sino-russian-relations";

    @Autowired
    TestAccounts accounts;
    @Autowired
    CohortService cohorts;
    @Autowired
    AudienceService audienceService;
    @Autowired
    ConsoleService consoleService;
    @Autowired
    LiveSessionService roomService;
    @Autowired
    GuestService guests;

    UserRef teacher;
    UserRef zoe;
    CohortRef cohort;
    SessionSummary session;

    @BeforeEach
    void aClassSessionWithAnswers() {
        teacher = accounts.signInNew("teacher", Role.INSTRUCTOR, Role.SEMINAR_LEADER);
        cohort = cohorts.createCohort(COURSE, "Live class");
        zoe = accounts.create("zoe", "Zoe Live", Role.STUDENT);
        accounts.signIn(zoe);
        cohorts.join(cohort.joinCode());
        accounts.signIn(teacher);
        session = roomService.startWithPrompts(cohort.id(), COURSE, List.of("three-stages/respond-balance"));
        accounts.signIn(zoe);
        audienceService.answer(session.joinCode(), "three-stages/respond-balance", "Order and reform, said live.", null);
        accounts.signIn(teacher);
        long answer = consoleService.presenterState(session.id()).answers().getFirst().id();
        consoleService.hide(session.id(), answer);
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void the_class_dashboard_links_each_live_session_to_its_answers_per_prompt_and_per_student() {
        openLiveSessionsTab(cohort.id());
        Div section = find(Div.class).id("live-sessions");
        assertThat(section.getElement().getTextRecursively()).contains("1 answer from 1 person · 1 of 1 prompt answered");
        Anchor link = find(Anchor.class).id("live-session-" + session.id());

        navigate(link.getHref(), LiveSessionResultsView.class);

        assertThat(find(Section.class).id("live-results-prompts").getElement().getTextRecursively())
                .contains("Zoe Live: ", "Order and reform, said live.", "hidden");
        assertThat(find(Section.class).id("live-results-students").getElement().getTextRecursively())
                .contains("Zoe Live", "1. What must the");
    }

    @Test
    void a_guests_answers_show_under_the_name_she_gave_marked_as_a_guests_and_count_her_as_a_person() {
        accounts.signIn(teacher);
        consoleService.allowGuests(session.id(), true);
        accounts.signInAnonymously();
        String token = ((GuestJoin.Joined) guests.join(session.joinCode(), "Mira <b>Guest</b>")).token();
        guests.answer(session.joinCode(), token, "three-stages/respond-balance", "A guest's <i>order</i>.", null);
        accounts.signIn(teacher);

        openLiveSessionsTab(cohort.id());
        assertThat(find(Span.class).id("live-session-facts-" + session.id()).getText())
                .contains("2 answers from 2 people · 1 of 1 prompt answered");
        navigate(find(Anchor.class).id("live-session-" + session.id()).getHref(), LiveSessionResultsView.class);

        assertThat(find(Paragraph.class).id("live-results-facts").getText()).contains("2 answers from 2 people");
        assertThat(find(Section.class).id("live-results-prompts").getElement().getTextRecursively())
                .contains("Zoe Live: ", "Mira <b>Guest</b> (guest): ", "A guest's <i>order</i>.");
        assertThat(find(Span.class).withClassName("answerer-guest").single().getText())
                .isEqualTo("Mira <b>Guest</b> (guest): ");
        assertThat(find(Section.class).id("live-results-students").getChildren().filter(Div.class::isInstance)
                .map(block -> block.getChildren().findFirst().orElseThrow().getElement().getTextRecursively()))
                .containsExactly("Zoe Live", "Mira <b>Guest</b> (guest)");
        assertThat(find(Anchor.class).withText("Mira <b>Guest</b> (guest)").all()).as("a guest has no page of her own")
                .isEmpty();
    }

    @Test
    void a_students_name_opens_all_her_live_answers_in_the_class() {
        navigate(route(), LiveSessionResultsView.class);
        Anchor zoesAnswers = find(Anchor.class).withText("Zoe Live").single();

        navigate(zoesAnswers.getHref(), StudentLiveAnswersView.class);

        assertThat(find(UnorderedList.class).id("student-live-answers").getElement()
                .getTextRecursively()).contains("Order and reform, said live.", "hidden");
    }

    @Test
    void another_instructor_does_not_find_a_students_live_answers() {
        accounts.signInNew("other", Role.INSTRUCTOR);

        assertThatThrownBy(() -> navigate("classes/" + cohort.id() + "/students/" + zoe.id() + "/live",
                StudentLiveAnswersView.class)).hasMessageContaining("unexpected");
    }

    @Test
    void a_class_without_live_sessions_says_how_to_run_one() {
        CohortRef quiet = cohorts.createCohort(COURSE, "Quiet class");

        openLiveSessionsTab(quiet.id());

        assertThat(find(Div.class).id("live-sessions").getElement().getTextRecursively())
                .contains("No live session has been run for this class yet.");
    }

    @Test
    void an_instructor_of_another_class_does_not_find_the_session_by_its_address() {
        accounts.signInNew("other", Role.INSTRUCTOR);

        assertThatThrownBy(() -> navigate(route(), LiveSessionResultsView.class)).hasMessageContaining("unexpected");
    }

    @Test
    void a_student_is_refused_the_session_address() {
        accounts.signIn(zoe);

        assertThatThrownBy(() -> navigate(route(), LiveSessionResultsView.class)).hasMessageContaining("unexpected");
    }

    @Test
    void an_anonymous_visitor_is_sent_to_sign_in() {
        accounts.signInAnonymously();

        navigate(route(), LoginView.class);
    }

    @Test
    void aRussianInstructorReadsTheTitleOfASessionOfPromptsFromTwoLessonsInRussian() {
        SessionSummary picked = roomService.startWithPrompts(cohort.id(), COURSE,
                List.of("three-stages/respond-balance", "international-milieu/position-before"));
        UI.getCurrent().setLocale(Locale.of("ru", "RU"));
        try {
            openLiveSessionsTab(cohort.id());
            Anchor link = find(Anchor.class).id("live-session-" + picked.id());
            assertThat(link.getText()).isEqualTo("Вопросы из уроков 1 и 2");

            navigate(link.getHref(), LiveSessionResultsView.class);

            assertThat(find(H1.class).single().getText())
                    .contains("Вопросы из уроков 1 и 2").doesNotContain("Prompts from");
        } finally {
            UI.getCurrent().setLocale(Locale.ENGLISH);
        }
    }

    @Test
    void aRussianInstructorReadsAScaleAnswerOfALiveSessionInRussian() {
        SessionSummary scale = roomService.startWithPrompts(cohort.id(), COURSE, List.of("three-stages/position-before"));
        accounts.signIn(zoe);
        audienceService.answer(scale.joinCode(), "three-stages/position-before", "", "4");
        accounts.signIn(teacher);
        UI.getCurrent().setLocale(Locale.of("ru", "RU"));
        try {
            navigate("classes/" + cohort.id() + "/live/" + scale.id(), LiveSessionResultsView.class);

            assertThat(find(Span.class).withClassName("answer-body").all()).extracting(Span::getText)
                    .contains("Согласен").doesNotContain("Agree");
        } finally {
            UI.getCurrent().setLocale(Locale.ENGLISH);
        }
    }

    private String route() {
        return "classes/" + cohort.id() + "/live/" + session.id();
    }

    /** The class page opened on its live-sessions tab. */
    private void openLiveSessionsTab(long cohortId) {
        UI.getCurrent().navigate("classes/" + cohortId, QueryParameters.of("tab", "live"));
        assertThat(getCurrentView()).isInstanceOf(CohortView.class);
    }
}
