package org.colloquy.lesson.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Locale;
import org.colloquy.IntegrationTest;
import org.colloquy.identity.Role;
import org.colloquy.identity.TestAccounts;
import org.colloquy.base.ui.PageNotFound;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
@ViewPackages(classes = {LessonView.class, PageNotFound.class})
class LessonNotFoundTest extends SpringBrowserlessTest {

    @Autowired
    TestAccounts accounts;

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
    void notFoundLessonPageSpeaksRussian() {
        UI.getCurrent().setLocale(Locale.of("ru", "RU"));

        navigate("course/sino-russian-relations/lesson/no-such-lesson", PageNotFound.class);

        assertThat(find(H1.class).single().getText()).isEqualTo("Страница не найдена");
        assertThat(find(Paragraph.class).id("not-found-reason").getText())
                .isEqualTo("В курсе «sino-russian-relations» нет урока «no-such-lesson». Откройте курс, чтобы найти нужный урок.");
    }

    @Test
    void aLessonOfNoCourseIsNotFoundInChinese() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);

        navigate("course/no-such-course/lesson/three-stages", PageNotFound.class);

        assertThat(find(H1.class).single().getText()).isEqualTo("找不到页面");
        assertThat(find(Paragraph.class).id("not-found-reason").getText()).startsWith("没有名为“no-such-course”的课程");
    }

    @Test
    void anAddressWithNoPageAtAllIsNotFoundInTheReadersLanguageWithoutAListOfRoutes() {
        UI.getCurrent().setLocale(Locale.of("ru", "RU"));

        navigate("no/such/page", PageNotFound.class);

        assertThat(find(H1.class).single().getText()).isEqualTo("Страница не найдена");
        assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText)
                .noneMatch(text -> text.contains("route") || text.contains("navigate") || text.contains("no/such/page"));
    }
}
