package org.colloquy.argument;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
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

        test(find(TextArea.class).withLabel("Your reason").single()).setValue("<i>Shared history</i>, p6.");
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<org.colloquy.content.Paragraph> cites = find(MultiSelectComboBox.class).first();
        cites.select(catalog.require("sino-russian-relations").reading().paragraph("p6").orElseThrow());
        test(find(Button.class).id("add-reason")).click();

        assertThat(find(Paragraph.class).withClassName("work-body").all()).extracting(Paragraph::getText)
                .contains("<i>Shared history</i>, p6.");
        assertThat(find(Paragraph.class).withClassName("submission-state").single().getText()).startsWith("Added");
    }
}
