package org.colloquy.heatmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import org.colloquy.IntegrationTest;
import org.colloquy.cohort.CohortRef;
import org.colloquy.cohort.CohortService;
import org.colloquy.identity.Role;
import org.colloquy.identity.TestAccounts;
import org.colloquy.identity.UserRef;
import org.colloquy.content.ui.ReadingView;
import org.colloquy.lesson.AnswerService;
import org.colloquy.lesson.AnswerSnapshot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
@ViewPackages(classes = ReadingView.class)
class HeatMapOverlayTest extends SpringBrowserlessTest {

    private static final String READING = "course/sino-russian-relations/reading";

    @Autowired
    TestAccounts accounts;
    @Autowired
    CohortService cohorts;
    @Autowired
    AnswerService answers;

    UserRef teacher;
    UserRef student;
    CohortRef cohort;

    @BeforeEach
    void aClassThatCitesParagraphTwo() {
        teacher = accounts.signInNew("Teacher", Role.INSTRUCTOR);
        cohort = cohorts.createCohort("sino-russian-relations", "Overlay class");
        student = accounts.signInNew("Xia", Role.STUDENT);
        cohorts.join(cohort.joinCode());
        answers.submit("sino-russian-relations", "expediency-and-order/discuss-order", "It shifts [¶2].", null,
                AnswerSnapshot.NONE_SAVED);
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void an_instructor_switches_on_the_heat_map_and_lists_what_cites_a_paragraph() {
        accounts.signIn(teacher);
        navigate(READING, ReadingView.class);
        assertThat(find(Div.class).withClassName("heat-badge").exists()).isFalse();

        test(find(Checkbox.class).id("heat-map-toggle")).click();

        Div second = find(Div.class).id("p2");
        assertThat(second.getClassNames()).contains("heat-level-4");
        Button count = find(Button.class, second).withClassName("heat-count").single();
        assertThat(count.getText()).isEqualTo("Citing ¶2: 1 post · 0 reasons · 0 answers");
        assertThat(find(Span.class, find(Div.class).id("p1")).withClassName("heat-count").single().getText())
                .isEqualTo("¶1: not cited yet");
        test(count).click();
        assertThat(count.getElement().getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(find(Div.class, second).withClassName("heat-item").single().getElement().getTextRecursively())
                .contains("Discussion post · Xia").contains("It shifts [¶2].");

        test(find(Checkbox.class).id("heat-map-toggle")).click();
        assertThat(find(Div.class).withClassName("heat-badge").exists()).isFalse();
        assertThat(find(Div.class).id("p2").getClassNames()).doesNotContain("heat-level-4");
    }

    @Test
    void answers_to_prompts_about_a_paragraph_warm_it_and_are_counted_apart_from_citations() {
        accounts.signIn(student);
        answers.submit("sino-russian-relations", "three-stages/respond-balance", "No typed citation. "
                + "word ".repeat(85), null, AnswerSnapshot.NONE_SAVED);
        accounts.signIn(teacher);
        navigate(READING, ReadingView.class);

        test(find(Checkbox.class).id("heat-map-toggle")).click();

        Div third = find(Div.class).id("p3");
        assertThat(third.getClassNames()).contains("heat-level-4");
        assertThat(find(Span.class, third).withClassName("heat-count").single().getText())
                .isEqualTo("¶3: not cited yet");
        assertThat(find(Span.class, third).withClassName("heat-about").single().getText())
                .isEqualTo("Answers to prompts about ¶3: 1");
        assertThat(find(Span.class, find(Div.class).id("p7")).withClassName("heat-about").single().getText())
                .as("the discussion prompt the class posted to is about ¶7").isEqualTo("Answers to prompts about ¶7: 1");
        assertThat(find(Span.class, find(Div.class).id("p1")).withClassName("heat-about").exists())
                .as("a paragraph only a reading step shows").isFalse();
        assertThat(find(Paragraph.class).withClassName("heat-map-legend").single().getText())
                .contains("cite it with [¶N]").contains("answers to prompts about it");
    }

    @Test
    void a_class_that_answered_without_citing_is_not_told_that_nothing_is_on_the_essay() {
        accounts.signIn(teacher);
        CohortRef quiet = cohorts.createCohort("sino-russian-relations", "Quiet class");
        accounts.signInNew("Writer", Role.STUDENT);
        cohorts.join(quiet.joinCode());
        answers.submit("sino-russian-relations", "three-stages/respond-balance", "word ".repeat(90), null,
                AnswerSnapshot.NONE_SAVED);
        accounts.signIn(teacher);
        UI.getCurrent().navigate(READING, QueryParameters.of(HeatMapOverlay.PARAMETER, String.valueOf(quiet.id())));

        assertThat(find(Paragraph.class).withClassName("heat-map-legend").single().getText())
                .doesNotContain("Nothing");
        assertThat(find(Div.class).id("p3").getClassNames()).contains("heat-level-4");
    }

    @Test
    void a_student_sees_no_heat_map_even_with_its_address() {
        accounts.signIn(student);
        navigate(READING, ReadingView.class);
        UI.getCurrent().navigate(READING, QueryParameters.of(HeatMapOverlay.PARAMETER, String.valueOf(cohort.id())));

        assertThat(find(Div.class).withClassName("heat-map-controls").exists()).isFalse();
        assertThat(find(Div.class).withClassName("heat-badge").exists()).isFalse();
        assertThat(find(Div.class).id("p2").getClassNames()).noneMatch(name -> name.startsWith("heat-level-"));
    }

    @Test
    void the_address_opens_the_heat_map_of_a_class_the_instructor_teaches() {
        accounts.signIn(teacher);
        UI.getCurrent().navigate(READING, QueryParameters.of(HeatMapOverlay.PARAMETER, String.valueOf(cohort.id())));

        assertThat(find(Checkbox.class).id("heat-map-toggle").getValue()).isTrue();
        assertThat(find(Div.class).id("p2").getClassNames()).contains("heat-level-4");
    }
}
