package org.colloquy.seminar;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.browserless.SecuredBrowserlessApplicationContext;
import com.vaadin.browserless.SpringBrowserlessApplicationContext;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import java.util.Collections;
import java.util.List;
import org.colloquy.IntegrationTest;
import org.colloquy.cohort.CohortRef;
import org.colloquy.cohort.CohortService;
import org.colloquy.identity.Role;
import org.colloquy.identity.TestAccounts;
import org.colloquy.identity.UserRef;
import org.colloquy.argument.ArgumentMapService;
import org.colloquy.argument.Side;
import org.colloquy.lesson.AnswerService;
import org.colloquy.lesson.AnswerSnapshot;
import org.colloquy.lesson.work.CohortWorkService;
import org.colloquy.review.ReviewService;
import org.colloquy.seminar.session.PromptToPick;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.colloquy.seminar.screen.ui.ProjectorView;
import org.colloquy.seminar.session.ui.SeminarStartView;
import com.vaadin.flow.component.html.Div;
import java.util.Locale;
import org.colloquy.seminar.cohort.MapToShow;

/** A leader starts a session for her class from picked prompts, brings in starred work and the class's map. */
@IntegrationTest
class CohortSessionRoomTest {

    static final String COURSE = "sino-russian-relations";
    static final String OPEN = "three-stages/respond-balance";
    static final String SCALE = "three-stages/position-before";
    static final String SCALE_REASON = "Both sides gain more than they give up.";
    static final String MAP = "expediency-and-order/argue-not-expediency";
    static final String STARRED = "A strong state and the market must be balanced: "
            + String.join(" ", Collections.nCopies(80, "balance"));

    @Autowired
    ApplicationContext spring;
    @Autowired
    TestAccounts accounts;
    @Autowired
    CohortService cohorts;
    @Autowired
    AnswerService lessonAnswers;
    @Autowired
    CohortWorkService classWork;
    @Autowired
    ReviewService reviews;
    @Autowired
    ArgumentMapService maps;

    SecuredBrowserlessApplicationContext<Authentication> app;
    UserRef teacher;
    UserRef ana;
    CohortRef cohort;

    @BeforeEach
    void aClassWithAStarredAnswer() {
        accounts.useThisApplicationsSecurityContext();
        app = SpringBrowserlessApplicationContext.createSecured(spring, "org.colloquy.seminar");
        teacher = accounts.signInNew("teacher", Role.INSTRUCTOR, Role.SEMINAR_LEADER);
        cohort = cohorts.createCohort(COURSE, "Room class " + teacher.username());
        ana = accounts.create("ana", "Ana Starred", Role.STUDENT);
        accounts.signIn(ana);
        cohorts.join(cohort.joinCode());
        lessonAnswers.submit(COURSE, OPEN, STARRED, null, AnswerSnapshot.NONE_SAVED);
        accounts.signIn(teacher);
        long response = classWork.responsesTo(cohort.id(), OPEN).getFirst().responseId();
        reviews.setStarred(cohort.id(), response, true);
        accounts.signOut();
    }

    @AfterEach
    void closeTheRoom() {
        app.close();
        TestAccounts.signOutEverywhere();
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_leader_picks_prompts_from_two_lessons_orders_them_and_starts_for_her_class() {
        BrowserlessUIContext console = leaderWindow();
        console.navigate(SeminarStartView.class);
        Select<CohortRef> classes = console.find(Select.class).id("seminar-class");
        assertThat(classes.getValue().name()).isEqualTo(cohort.name());
        console.find(RadioButtonGroup.class).id("seminar-mode").setValue("Prompts I pick");
        ComboBox<PromptToPick> add = console.find(ComboBox.class).id("seminar-add-prompt");
        add.setValue(pick(add, "international-milieu/position-before"));
        add.setValue(pick(add, OPEN));
        Button moveUp = console.find(Button.class).all().stream()
                .filter(button -> button.getElement().getAttribute("aria-label") != null
                        && button.getElement().getAttribute("aria-label").startsWith("Move up: L1."))
                .findFirst().orElseThrow();
        console.test(moveUp).click();

        console.test(console.find(Button.class).id("start-seminar")).click();

        List<ListItem> prompts = console.find(ListItem.class, console.find(Nav.class).withClassName("prompt-list").single()).all();
        assertThat(prompts).hasSize(2);
        assertThat(prompts.get(0).getText()).startsWith("What must the \"third stage\" balance");
        assertThat(console.find(Paragraph.class).id("class-roster").getText())
                .isEqualTo("0 of 1 students of " + cohort.name() + " have answered. Not yet: Ana Starred.");
    }

    @Test
    @SuppressWarnings("unchecked")
    void starting_with_no_prompt_picked_says_what_to_do() {
        BrowserlessUIContext console = leaderWindow();
        console.navigate(SeminarStartView.class);
        console.find(RadioButtonGroup.class).id("seminar-mode").setValue("Prompts I pick");

        console.test(console.find(Button.class).id("start-seminar")).click();

        assertThat(console.find(Paragraph.class).id("seminar-start-message").getText())
                .isEqualTo("Pick at least one prompt to ask.");
    }

    @Test
    void a_starred_answer_is_brought_onto_the_projector_without_the_authors_name() {
        BrowserlessUIContext console = leaderWindow();
        String projectorRoute = startOnTheStarredPrompt(console);
        BrowserlessUIContext projector = leaderWindow();
        projector.navigate(projectorRoute, ProjectorView.class);
        assertThat(everythingIn(projector)).doesNotContain(STARRED);
        Button bringIn = console.find(Button.class).all().stream()
                .filter(button -> button.getId().orElse("").startsWith("bring-in-")).findFirst().orElseThrow();
        assertThat(console.find(Section.class).id("class-panel").getElement().getTextRecursively())
                .contains(STARRED).doesNotContain("Ana Starred:");

        console.test(bringIn).click();

        assertThat(projector.find(Paragraph.class).withClassName("projector-answer").single().getText()).isEqualTo(STARRED);
        assertThat(everythingIn(projector)).doesNotContain("Ana Starred", ana.username());
        console.test(console.find(Button.class).id("prompt-next")).click();
        assertThat(everythingIn(projector)).doesNotContain(STARRED);
    }

    @Test
    @SuppressWarnings("unchecked")
    void russianProjectorShowsAStarredScaleAnswerInRussian() {
        accounts.signIn(ana);
        lessonAnswers.submit(COURSE, SCALE, SCALE_REASON, "4", AnswerSnapshot.NONE_SAVED);
        accounts.signIn(teacher);
        long response = classWork.responsesTo(cohort.id(), SCALE).getFirst().responseId();
        reviews.setStarred(cohort.id(), response, true);
        accounts.signOut();
        BrowserlessUIContext console = leaderWindow();
        console.navigate(SeminarStartView.class);
        console.find(RadioButtonGroup.class).id("seminar-mode").setValue("Prompts I pick");
        ComboBox<PromptToPick> add = console.find(ComboBox.class).id("seminar-add-prompt");
        add.setValue(pick(add, SCALE));
        console.test(console.find(Button.class).id("start-seminar")).click();
        String projectorRoute = console.find(Anchor.class).id("open-projector").getHref();
        BrowserlessUIContext projector = leaderWindow();
        projector.getUI().setLocale(Locale.of("ru", "RU"));
        projector.navigate(projectorRoute, ProjectorView.class);
        assertThat(console.find(Section.class).id("class-panel").getElement().getTextRecursively())
                .contains("Agree").contains(SCALE_REASON);

        console.test(console.find(Button.class).id("bring-in-" + response)).click();

        assertThat(projector.find(Paragraph.class).withClassName("projector-answer-point").single().getText())
                .isEqualTo("Согласен");
        assertThat(projector.find(Paragraph.class).withClassName("projector-answer").single().getText())
                .isEqualTo(SCALE_REASON);
        assertThat(everythingIn(projector)).doesNotContain("Agree");
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_class_argument_map_goes_on_the_projector_and_follows_new_reasons() {
        BrowserlessUIContext console = leaderWindow();
        String projectorRoute = startOnTheStarredPrompt(console);
        BrowserlessUIContext projector = leaderWindow();
        projector.navigate(projectorRoute, ProjectorView.class);
        Select<MapToShow> map = console.find(Select.class).id("class-map");
        map.setValue(map.getListDataView().getItems().filter(candidate -> candidate.promptKey().equals(MAP))
                .findFirst().orElseThrow());

        console.test(console.find(Button.class).id("toggle-class-map")).click();
        assertThat(everythingIn(projector)).contains("No reasons yet.");
        accounts.signIn(ana);
        maps.addReason(COURSE, MAP, Side.AGAINST, "Energy deals look transactional.", List.of("p9"));
        accounts.signOut();

        assertThat(projector.find(Section.class).id("projector-class-map").getElement().getTextRecursively())
                .contains("Energy deals look transactional.").doesNotContain("Ana Starred");
        assertThat(console.find(Button.class).id("toggle-class-map").getText()).isEqualTo("Take the map off the projector");
        assertThat(console.find(Div.class).id("class-map-preview").getElement()
                .getTextRecursively()).contains("Energy deals look transactional.");
    }

    private BrowserlessUIContext leaderWindow() {
        return app.newUser(teacher.username(), "INSTRUCTOR", "SEMINAR_LEADER").newWindow();
    }

    /** Starts a session for the class on the starred prompt and the one after it; the projector's route. */
    @SuppressWarnings("unchecked")
    private static String startOnTheStarredPrompt(BrowserlessUIContext console) {
        console.navigate(SeminarStartView.class);
        console.find(RadioButtonGroup.class).id("seminar-mode").setValue("Prompts I pick");
        ComboBox<PromptToPick> add = console.find(ComboBox.class).id("seminar-add-prompt");
        add.setValue(pick(add, OPEN));
        add.setValue(pick(add, "three-stages/position-after"));
        console.test(console.find(Button.class).id("start-seminar")).click();
        return console.find(Anchor.class).id("open-projector").getHref();
    }

    private static PromptToPick pick(ComboBox<PromptToPick> add, String promptKey) {
        return add.getListDataView().getItems().filter(prompt -> prompt.promptKey().equals(promptKey))
                .findFirst().orElseThrow();
    }

    private static String everythingIn(BrowserlessUIContext window) {
        return window.find(Main.class).id("main-content").getElement().getTextRecursively();
    }
}
