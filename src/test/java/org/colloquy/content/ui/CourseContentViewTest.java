package org.colloquy.content.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.Paragraph;
import org.colloquy.IntegrationTest;
import org.colloquy.base.ui.PlainText;
import org.colloquy.identity.Role;
import org.colloquy.identity.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
@ViewPackages(classes = CourseContentView.class)
class CourseContentViewTest extends SpringBrowserlessTest {

    @Autowired
    TestAccounts accounts;

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void anAdminSeesTheServedCoursesAndReloadsTheContentFolderWithoutARestart() {
        accounts.signInNew("admin", Role.ADMIN);
        navigate(CourseContentView.class);
        assertThat(find(Span.class).all()).extracting(PlainText::of)
                .anySatisfy(line -> assertThat(line).contains("(sino-russian-relations): ").contains("lessons"));

        assertThat(find(Anchor.class).id("archive-sino-russian-relations").getText()).isEqualTo("Download as zip");

        test(find(Button.class).id("reload-content")).click();

        assertThat(PlainText.of(find(Paragraph.class).id("reload-result"))).startsWith("Reloaded: ")
                .contains("served, none held back.");
        assertThat(find(Div.class).id("held-back-courses").getChildren()).isEmpty();
    }
}
