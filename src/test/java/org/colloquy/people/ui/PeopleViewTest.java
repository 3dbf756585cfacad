package org.colloquy.people.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.UUID;
import org.colloquy.IntegrationTest;
import org.colloquy.identity.Role;
import org.colloquy.identity.TestAccounts;
import org.colloquy.identity.UserRef;
import org.colloquy.people.AuditEntry;
import org.colloquy.people.PersonRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
@ViewPackages(classes = PeopleView.class)
class PeopleViewTest extends SpringBrowserlessTest {

    @Autowired
    TestAccounts accounts;

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @SuppressWarnings("unchecked")
    private Grid<PersonRow> people() {
        return find(Grid.class).id("people-grid");
    }

    @Test
    void an_admin_searches_for_a_person_and_sees_her_roles_and_state() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        accounts.create("Searched " + tag, Role.INSTRUCTOR);
        accounts.signInNew("admin", Role.ADMIN);
        navigate(PeopleView.class);

        test(find(TextField.class).id("people-search")).setValue(tag);

        List<PersonRow> rows = test(people()).size() == 0 ? List.of()
                : java.util.stream.IntStream.range(0, test(people()).size()).mapToObj(test(people())::getRow).toList();
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.person().displayName()).isEqualTo("Searched " + tag);
            assertThat(row.person().roles()).containsExactly(Role.INSTRUCTOR);
        });
        assertThat(test(people()).getCellText(0, 3)).isEqualTo("Instructor");
        assertThat(test(people()).getCellText(0, 5)).isEqualTo("Never");
    }

    @Test
    void an_admin_invites_an_instructor_and_gets_the_link_to_copy_but_no_word_of_email_without_mail() {
        accounts.signInNew("admin", Role.ADMIN);
        navigate(PeopleView.class);
        String email = "new-" + UUID.randomUUID().toString().substring(0, 8) + "@school.edu";

        test(find(Button.class).id("people-invite")).click();
        test(find(TextField.class).id("invite-name")).setValue("Nia Newcomer");
        test(find(EmailField.class).id("invite-email")).setValue(email);
        test(find(Button.class).id("invite-send")).click();

        assertThat(find(TextField.class).id("issued-link-address").getValue()).contains("set-password/");
        assertThat(find(Paragraph.class).all()).noneMatch(p -> p.getText().startsWith("Sent by email"));
        assertThat(accounts.stored(email)).isPresent();
    }

    @Test
    void an_invitation_with_a_line_break_in_the_address_is_refused_where_it_was_typed() {
        accounts.signInNew("admin", Role.ADMIN);
        navigate(PeopleView.class);

        test(find(Button.class).id("people-invite")).click();
        test(find(TextField.class).id("invite-name")).setValue("Mallory");
        test(find(EmailField.class).id("invite-email")).setValue("m@school.edu\r\nBcc: all@school.edu");
        test(find(Button.class).id("invite-send")).click();

        EmailField email = find(EmailField.class).id("invite-email");
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).contains("one line");
        assertThat(email.getValue()).contains("Bcc");
    }

    @Test
    void an_admin_deactivates_a_person_and_the_change_is_on_the_changes_tab() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        UserRef person = accounts.create("Leaving " + tag, Role.STUDENT);
        accounts.signInNew("admin", Role.ADMIN);
        navigate(PeopleView.class);
        test(find(TextField.class).id("people-search")).setValue(tag);

        test((Button) test(people()).getCellComponent(0, 7)).click();
        test(find(Button.class).id("person-deactivate")).click();

        assertThat(accounts.stored(person.username()).orElseThrow().isActive()).isFalse();
        assertThat(((com.vaadin.flow.component.html.Span) test(people()).getCellComponent(0, 6)).getText())
                .isEqualTo("Deactivated");
        test(find(com.vaadin.flow.component.tabs.TabSheet.class).single()).select("Changes");
        @SuppressWarnings("unchecked")
        Grid<AuditEntry> changes = find(Grid.class).id("people-changes");
        assertThat(test(changes).getRow(0).subjectUsername()).isEqualTo(person.username());
        assertThat(test(changes).getCellText(0, 3)).isEqualTo("Deactivated");
    }

    @Test
    void instructors_cannot_open_the_people_page() {
        accounts.signInNew("instructor", Role.INSTRUCTOR);
        assertThatThrownBy(() -> navigate(PeopleView.class)).hasMessageContaining("unexpected class");
    }
}
