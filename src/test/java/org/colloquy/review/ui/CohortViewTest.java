package org.colloquy.review.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import org.colloquy.IntegrationTest;
import org.colloquy.cohort.CohortRef;
import org.colloquy.cohort.CohortService;
import org.colloquy.identity.Role;
import org.colloquy.identity.TestAccounts;
import org.colloquy.identity.UserRef;
import org.colloquy.lesson.AnswerService;
import org.colloquy.lesson.AnswerSnapshot;
import org.colloquy.lesson.StudentLessonService;
import org.colloquy.review.CohortOverview;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.component.tabs.TabSheet;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import org.colloquy.lesson.LessonStatus;

@IntegrationTest
@ViewPackages(classes = {CohortView.class, LessonInsightsView.class})
class CohortViewTest extends SpringBrowserlessTest {

    @Autowired
    TestAccounts accounts;
    @Autowired
    CohortService cohorts;
    @Autowired
    AnswerService answers;
    @Autowired
    StudentLessonService lessons;

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void the_instructor_sees_every_student_on_every_lesson_and_the_answers_per_prompt() {
        UserRef instructor = accounts.signInNew("instructor", Role.INSTRUCTOR);
        CohortRef cohort = cohorts.createCohort("sino-russian-relations", "Dashboard class");
        accounts.signInNew("Zoe", Role.STUDENT);
        cohorts.join(cohort.joinCode());
        lessons.open("sino-russian-relations", "three-stages");
        answers.submit("sino-russian-relations", "three-stages/check-second-stage", "", "b", AnswerSnapshot.NONE_SAVED);
        accounts.signIn(instructor);

        navigate("classes/" + cohort.id(), CohortView.class);

        @SuppressWarnings("unchecked")
        Grid<CohortOverview.StudentRow> matrix = find(Grid.class).id("progress-matrix");
        CohortOverview.StudentRow row = matrix.getGenericDataView().getItem(0);
        assertThat(row.student().displayName()).isEqualTo("Zoe");
        assertThat(row.status("three-stages")).isEqualTo(LessonStatus.IN_PROGRESS);
        test(find(TabSheet.class).id("class-tabs")).select("Prompts");
        @SuppressWarnings("unchecked")
        Grid<CohortOverview.PromptCount> prompts = find(Grid.class).id("prompt-counts");
        assertThat(prompts.getGenericDataView().getItems()
                .filter(count -> count.promptKey().equals("three-stages/check-second-stage"))
                .findFirst().orElseThrow().submitted()).isEqualTo(1);
        assertThat(find(Paragraph.class).withClassName("join-info").single().getText()).contains(cohort.joinCode());
    }

    @Test
    void each_part_of_the_class_page_is_a_tab_and_the_address_opens_the_one_it_names() {
        accounts.signInNew("instructor", Role.INSTRUCTOR);
        CohortRef cohort = cohorts.createCohort("sino-russian-relations", "Tabbed class");

        navigate("classes/" + cohort.id(), CohortView.class);
        TabSheet tabs = find(TabSheet.class).id("class-tabs");
        assertThat(tabs.getSelectedTab().getId()).hasValue("tab-progress");
        assertThat(find(Tab.class).all()).extracting(Tab::getLabel)
                .containsExactly("Progress", "Prompts", "Needs attention", "Live sessions", "People", "Export", "Schedule");

        open(ReviewPages.cohort(cohort.id(), CohortTab.EXPORT));
        assertThat(find(TabSheet.class).id("class-tabs").getSelectedTab().getId()).hasValue("tab-export");
        open("classes/" + cohort.id() + "?tab=no-such-part");
        assertThat(find(TabSheet.class).id("class-tabs").getSelectedTab().getId()).hasValue("tab-progress");
    }

    @Test
    void choosing_a_tab_puts_it_in_the_address_so_that_a_reload_keeps_it() {
        accounts.signInNew("instructor", Role.INSTRUCTOR);
        CohortRef cohort = cohorts.createCohort("sino-russian-relations", "Linked tabs");
        navigate("classes/" + cohort.id(), CohortView.class);
        UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();

        test(find(TabSheet.class).id("class-tabs")).select("People");

        assertThat(UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations())
                .anySatisfy(call -> assertThat(call.getInvocation().getParameters())
                        .contains("classes/" + cohort.id() + "?tab=people"));
        assertThat(find(TextField.class).id("colleague-username").isVisible()).isTrue();
    }

    @Test
    void the_prompts_tab_shows_each_prompt_whole_and_wraps_it() {
        accounts.signInNew("instructor", Role.INSTRUCTOR);
        CohortRef cohort = cohorts.createCohort("sino-russian-relations", "Long prompts");
        open(ReviewPages.cohort(cohort.id(), CohortTab.PROMPTS));

        @SuppressWarnings("unchecked")
        Grid<CohortOverview.PromptCount> prompts = find(Grid.class).id("prompt-counts");
        String parallel = prompts.getGenericDataView().getItems()
                .filter(count -> count.promptKey().equals("three-stages/discuss-parallel")).findFirst().orElseThrow()
                .prompt();
        assertThat(parallel).hasSizeGreaterThan(140).doesNotEndWith("…").doesNotContain("\n");
        assertThat(prompts.getThemeNames()).contains("wrap-cell-content");
    }

    @Test
    void aRussianInstructorReadsTheScaleOfALessonsPositionsInRussian() {
        UserRef instructor = accounts.signInNew("instructor", Role.INSTRUCTOR);
        CohortRef cohort = cohorts.createCohort("sino-russian-relations", "Insights class");
        accounts.signInNew("Zoe", Role.STUDENT);
        cohorts.join(cohort.joinCode());
        answers.submit("sino-russian-relations", "three-stages/position-before", "They changed alike.", "1",
                AnswerSnapshot.NONE_SAVED);
        accounts.signIn(instructor);
        UI.getCurrent().setLocale(Locale.of("ru", "RU"));
        try {
            navigate("classes/" + cohort.id() + "/lessons/three-stages", LessonInsightsView.class);

            String table = find(NativeTable.class).all().getFirst().getElement()
                    .getTextRecursively();
            assertThat(table).contains("Совершенно не согласен", "Полностью согласен").doesNotContain("agree");
            String chart = find(Image.class).all().getFirst().getSrc();
            String svg = new String(Base64.getDecoder().decode(chart.substring(chart.indexOf(',') + 1)),
                    StandardCharsets.UTF_8);
            assertThat(svg).contains(">Совершенно</tspan>", ">не согласен</tspan>").doesNotContain("agree");
        } finally {
            UI.getCurrent().setLocale(Locale.ENGLISH);
        }
    }

    @Test
    void the_instructor_adds_a_colleague_who_then_teaches_the_class() {
        UserRef colleague = accounts.create("colleague", Role.INSTRUCTOR);
        accounts.signInNew("owner", Role.INSTRUCTOR);
        CohortRef cohort = cohorts.createCohort("sino-russian-relations", "Shared");
        open(ReviewPages.cohort(cohort.id(), CohortTab.PEOPLE));

        test(find(TextField.class).id("colleague-username")).setValue(colleague.username());
        test(find(Button.class).withText("Add colleague").single()).click();

        accounts.signIn(colleague);
        assertThat(cohorts.requireTeaching(cohort.id()).name()).isEqualTo("Shared");
    }

    @Test
    void another_instructors_class_is_not_found_by_its_id() {
        accounts.signInNew("owner", Role.INSTRUCTOR);
        CohortRef cohort = cohorts.createCohort("sino-russian-relations", "Not yours");
        accounts.signInNew("other", Role.INSTRUCTOR);

        assertThatThrownBy(() -> navigate("classes/" + cohort.id(), CohortView.class))
                .hasMessageContaining("unexpected class");
    }

    /** Opens an address with its query, as a link or a reload does. */
    private void open(String address) {
        Location location = new Location(address);
        UI.getCurrent().navigate(location.getPath(), location.getQueryParameters());
        assertThat(getCurrentView()).isInstanceOf(CohortView.class);
    }
}
