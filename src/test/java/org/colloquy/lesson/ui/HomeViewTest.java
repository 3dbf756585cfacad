package org.colloquy.lesson.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import org.colloquy.cohort.CohortInvitationService;
import org.colloquy.cohort.CohortRef;
import org.colloquy.cohort.CohortService;
import org.colloquy.cohort.RosterImportService;
import org.colloquy.content.ui.ContentPages;
import org.colloquy.identity.UserRef;
import java.util.UUID;
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
    @Autowired
    CohortService cohorts;
    @Autowired
    RosterImportService roster;
    @Autowired
    CohortInvitationService invitations;

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

    @Test
    void a_student_invited_from_a_class_list_reads_what_joining_shows_and_joins_from_her_home_page() {
        CohortRef cohort = aClassThatInvites(anExistingStudent());

        navigate(HomeView.class);
        Div card = find(Div.class).withClassName("invitation").single();
        assertThat(test(card).find(Paragraph.class).all()).extracting(Paragraph::getText).startsWith(
                "Iris Novak invited you to the class “Seminar 7” on the course “China and Russia after the Cold War: "
                        + "A Seminar on One Essay”.",
                "If you join, the class's instructors see what you do in this course from then on: the answers you "
                        + "save or submit after joining, and your progress. Answers you leave as they were stay "
                        + "hidden from them.");
        test(find(Button.class).withText("Join the class").single()).click();

        assertThat(find(Paragraph.class).withClassName("invitation-status").single().getText())
                .startsWith("You joined Seminar 7.");
        Paragraph status = find(Paragraph.class).withClassName("invitation-status").single();
        assertThat(test(status).find(Anchor.class).single().getHref())
                .isEqualTo(ContentPages.courseHome(cohort.courseKey()));
        assertThat(cohorts.cohortsIAmIn()).extracting(CohortRef::id).containsExactly(cohort.id());
    }

    @Test
    void a_student_who_declines_an_invitation_stays_out_of_the_class() {
        CohortRef cohort = aClassThatInvites(anExistingStudent());

        navigate(HomeView.class);
        test(find(Button.class).withText("Decline").single()).click();

        assertThat(find(Paragraph.class).withClassName("invitation-status").single().getText())
                .isEqualTo("You declined the invitation to Seminar 7. You are not in the class; you can still join "
                        + "later with its code.");
        assertThat(cohorts.cohortsIAmIn()).extracting(CohortRef::id).doesNotContain(cohort.id());
        assertThat(invitations.myInvitations()).isEmpty();
    }

    @Test
    void an_invitation_answered_in_another_tab_says_so_instead_of_failing() {
        CohortRef cohort = aClassThatInvites(anExistingStudent());
        navigate(HomeView.class);
        invitations.decline(cohort.id());

        test(find(Button.class).withText("Join the class").single()).click();

        assertThat(find(Paragraph.class).withClassName("invitation-status").single().getText())
                .isEqualTo("This invitation is no longer open: it was answered or withdrawn. Nothing was changed.");
        assertThat(cohorts.cohortsIAmIn()).isEmpty();
    }

    @Test
    void a_student_without_invitations_sees_no_invitation_section() {
        accounts.signInNew("student", Role.STUDENT);

        navigate(HomeView.class);

        assertThat(find(H2.class).withText("Invitations to a class").all()).isEmpty();
        assertThat(find(Button.class).withText("Join the class").all()).isEmpty();
    }

    private UserRef anExistingStudent() {
        return accounts.createExactly("ana-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org",
                "Ana Petrova", "her-own-password", Role.STUDENT);
    }

    /** Iris imports a class list naming the student, who already signs in with her own password; she is signed in. */
    private CohortRef aClassThatInvites(UserRef student) {
        UserRef iris = accounts.create("iris", "Iris Novak", Role.INSTRUCTOR);
        accounts.signIn(iris);
        CohortRef cohort = cohorts.createCohort("sino-russian-relations", "Seminar 7");
        roster.importRoster(cohort.id(), "name,email\nAna," + student.username());
        accounts.signIn(student);
        return cohort;
    }
}
