package org.colloquy.lesson.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Locale;
import org.colloquy.IntegrationTest;
import org.colloquy.identity.Role;
import org.colloquy.identity.TestAccounts;
import org.colloquy.lesson.AnswerService;
import org.colloquy.lesson.AnswerSnapshot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
@ViewPackages(classes = MyWorkView.class)
class MyWorkViewTest extends SpringBrowserlessTest {

    private static final String COURSE = "sino-russian-relations";

    @Autowired
    TestAccounts accounts;
    @Autowired
    AnswerService answers;

    @BeforeEach
    void signInAsANewStudent() {
        accounts.signInNew("student", Role.STUDENT);
    }

    @AfterEach
    void signOut() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        accounts.signOut();
    }

    @Test
    void russianStudentSeesHerPositionLineAndHerChoiceInRussianAndTheClaimAsWritten() {
        answers.submit(COURSE, "three-stages/position-before", "Because of paragraph 2.", "4", AnswerSnapshot.NONE_SAVED);
        UI.getCurrent().setLocale(Locale.of("ru", "RU"));

        navigate(MyWorkView.class);

        Paragraph prompt = find(Paragraph.class).withClassName("work-prompt").single();
        assertThat(prompt.getElement().getTextRecursively()).startsWith("Ваша позиция: ").doesNotContain("Your position");
        assertThat(prompt.getElement().getChild(2).getAttribute("lang")).isEqualTo("en");
        assertThat(find(Paragraph.class).withClassName("work-choice").single().getText()).isEqualTo("Согласен");
        assertThat(find(Paragraph.class).withClassName("work-body").single().getText()).isEqualTo("Because of paragraph 2.");
    }
}
