package org.colloquy.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import org.colloquy.IntegrationTest;
import org.colloquy.identity.Role;
import org.colloquy.identity.TestAccounts;
import org.colloquy.lesson.ui.HomeView;
import org.colloquy.lesson.ui.MyWorkView;
import org.colloquy.review.ui.CohortsView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
@ViewPackages(classes = {HomeView.class, MyWorkView.class, MainLayout.class, CohortsView.class})
class MainLayoutTest extends SpringBrowserlessTest {

    @Autowired
    TestAccounts accounts;

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void a_student_sees_courses_and_my_work_in_the_navigation() {
        accounts.signInNew("student", Role.STUDENT);
        navigate(HomeView.class);

        assertThat(navigationLabels()).containsExactly("Courses", "My work");
        assertThat(navigationLabels()).doesNotContain("My classes");
    }

    @Test
    void an_instructor_is_offered_their_classes_and_not_student_only_views() {
        accounts.signInNew("instructor", Role.INSTRUCTOR, Role.SEMINAR_LEADER);
        navigate(HomeView.class);

        assertThat(navigationLabels()).containsExactly("Courses", "My classes");
    }

    @Test
    void the_menu_button_opens_the_navigation_notices_languages_and_sign_out_and_starts_closed() {
        accounts.signInNew("student", Role.STUDENT);
        navigate(HomeView.class);

        NativeButton menuButton = find(NativeButton.class).id("menu-button");
        Div menu = find(Div.class).id("top-bar-menu");
        assertThat(PlainText.of(menuButton)).isEqualTo("Menu");
        assertThat(menuButton.getElement().getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(menuButton.getElement().getAttribute("aria-controls")).isEqualTo(menu.getId().orElseThrow());
        assertThat(find(Nav.class, menu).exists()).as("the navigation").isTrue();
        assertThat(find(Anchor.class, menu).id("notice-link")).isNotNull();
        assertThat(find(LanguagePicker.class, menu).exists()).isTrue();
        assertThat(find(NativeButton.class, menu).id("sign-out")).isNotNull();
        assertThat(menuButton.getParent().orElseThrow().getChildren().toList())
                .as("the bar itself holds the brand and the menu button only, besides the skip link and the menu")
                .hasSize(4);
    }

    private List<String> navigationLabels() {
        return find(RouterLink.class).all().stream().map(PlainText::of).toList();
    }
}
