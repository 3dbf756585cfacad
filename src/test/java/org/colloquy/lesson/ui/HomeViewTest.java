package org.colloquy.lesson.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.html.Anchor;
import org.colloquy.IntegrationTest;
import org.colloquy.identity.Role;
import org.colloquy.identity.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
@ViewPackages(classes = HomeView.class)
class HomeViewTest extends SpringBrowserlessTest {

    @Autowired
    TestAccounts accounts;

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void a_student_with_a_class_code_finds_the_way_to_join_her_class_on_the_home_page() {
        accounts.signInNew("student", Role.STUDENT);

        navigate(HomeView.class);

        Anchor join = find(Anchor.class).id("join-a-class");
        assertThat(join.getText()).isEqualTo("Join a class");
        assertThat(join.getHref()).isEqualTo("join");
    }

    @Test
    void an_instructor_is_not_offered_to_join_a_class_as_a_student() {
        accounts.signInNew("teacher", Role.INSTRUCTOR);

        navigate(HomeView.class);

        assertThat(find(Anchor.class).withId("join-a-class").all()).isEmpty();
    }
}
