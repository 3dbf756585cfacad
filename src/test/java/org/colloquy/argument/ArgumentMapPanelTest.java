package org.colloquy.argument;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import org.colloquy.content.ui.CitationPicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.colloquy.IntegrationTest;
import org.colloquy.cohort.CohortRef;
import org.colloquy.cohort.CohortService;
import org.colloquy.identity.Role;
import org.colloquy.identity.TestAccounts;
import org.colloquy.content.CourseCatalog;
import org.colloquy.lesson.ui.LessonView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.colloquy.lesson.ui.LessonSteps;

@IntegrationTest
@ViewPackages(classes = LessonView.class)
class ArgumentMapPanelTest extends SpringBrowserlessTest {

    @Autowired
    TestAccounts accounts;
    @Autowired
    CohortService cohorts;
    @Autowired
    CourseCatalog catalog;

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void a_student_adds_a_reason_citing_the_essay_and_sees_it_on_the_class_map() {
        accounts.signInNew("teacher", Role.INSTRUCTOR);
        CohortRef cohort = cohorts.createCohort("sino-russian-relations", "Panel class");
        accounts.signInNew("Mia", Role.STUDENT);
        cohorts.join(cohort.joinCode());
        navigate("course/sino-russian-relations/lesson/expediency-and-order", LessonView.class);
        LessonSteps.pick("Argue");

        test(find(TextArea.class).withLabel("Your reason").single()).setValue("<i>Shared history</i>");
        cite("p6");
        test(find(Button.class).id("add-reason")).click();

        assertThat(find(Paragraph.class).withClassName("work-body").all()).extracting(Paragraph::getText)
                .contains("<i>Shared history</i> [¶6]");
        assertThat(find(Anchor.class).withText("¶6").exists()).as("the cited paragraph is linked on the card").isTrue();
        assertThat(find(Paragraph.class).withClassName("submission-state").single().getText()).startsWith("Added");
    }

    @Test
    void the_argue_step_offers_one_way_to_cite_the_essay() {
        joinANewClassAndOpenTheArgueStep("Noa");

        assertThat(find(MultiSelectComboBox.class).all()).as("no second list of paragraphs").isEmpty();
        assertThat(find(CitationPicker.class).all()).hasSize(1);
    }

    @Test
    void a_reason_without_a_citation_is_refused_with_how_to_cite_and_keeps_its_text() {
        joinANewClassAndOpenTheArgueStep("Ola");

        test(find(TextArea.class).withLabel("Your reason").single()).setValue("Shared history.");
        test(find(Button.class).id("add-reason")).click();

        assertThat(find(Paragraph.class).withClassName("submission-state").single().getText())
                .startsWith("Cite at least one paragraph").contains("citation picker");
        assertThat(find(TextArea.class).withLabel("Your reason").single().getValue()).isEqualTo("Shared history.");
    }

    @Test
    void the_claim_quoting_a_quoted_word_ends_in_one_closing_quotation_mark() {
        joinANewClassAndOpenTheArgueStep("Pia");

        Div claim = find(Div.class).withClassName("claim").single();
        String quotation = claim.getElement().getChildren()
                .filter(child -> child.getTag().equals("blockquote")).findFirst().orElseThrow().getText();
        assertThat(quotation).startsWith("“Sino-Russian relations are not ‘expediency’”").doesNotContain("””");
    }

    private void joinANewClassAndOpenTheArgueStep(String student) {
        accounts.signInNew("teacher-" + student, Role.INSTRUCTOR);
        CohortRef cohort = cohorts.createCohort("sino-russian-relations", "Class of " + student);
        accounts.signInNew(student, Role.STUDENT);
        cohorts.join(cohort.joinCode());
        navigate("course/sino-russian-relations/lesson/expediency-and-order", LessonView.class);
        LessonSteps.pick("Argue");
    }

    @SuppressWarnings("unchecked")
    private void cite(String paragraphId) {
        ComboBox<org.colloquy.content.Paragraph> paragraph = find(ComboBox.class).id("cite-paragraph");
        paragraph.setValue(catalog.require("sino-russian-relations").reading().paragraph(paragraphId).orElseThrow());
        test(find(Button.class).id("insert-citation")).click();
    }
}
