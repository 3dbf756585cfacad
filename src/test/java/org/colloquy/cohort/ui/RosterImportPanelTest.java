package org.colloquy.cohort.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.FileRejectedEvent;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.dom.Element;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.colloquy.IntegrationTest;
import org.colloquy.cohort.CohortInvitationService;
import org.colloquy.cohort.CohortRef;
import org.colloquy.cohort.CohortService;
import org.colloquy.identity.OutgoingMail;
import org.colloquy.identity.Role;
import org.colloquy.cohort.RosterEntry;
import org.colloquy.cohort.RosterImportService;
import org.colloquy.identity.TestAccounts;
import org.colloquy.identity.UserRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.colloquy.identity.ui.SetPasswordView;

@IntegrationTest
@ViewPackages(classes = SetPasswordView.class)
class RosterImportPanelTest extends SpringBrowserlessTest {

    @Autowired
    TestAccounts accounts;
    @Autowired
    CohortService cohorts;
    @Autowired
    RosterImportService roster;
    @Autowired
    CohortInvitationService invitations;
    @Autowired
    OutgoingMail mail;

    private CohortRef cohort;
    private String domain;
    private final List<RosterEntry> announced = new ArrayList<>();

    @BeforeEach
    void anInstructorOpensTheImportOfHerClass() {
        accounts.signInNew("teacher", Role.INSTRUCTOR);
        cohort = cohorts.createCohort("sino-russian-relations", "Panel class");
        domain = "@" + UUID.randomUUID().toString().substring(0, 8) + ".example.org";
        RosterImportPanel panel = new RosterImportPanel(roster, invitations, mail, cohort.id());
        panel.addImportedListener(event -> announced.addAll(event.entries()));
        UI.getCurrent().add(panel);
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void a_pasted_class_list_is_imported_and_each_student_gets_a_full_link_to_hand_out() {
        paste("name,email\nAna Petrova,ana" + domain + "\nBen Liu,ben" + domain);
        importStudents();

        assertThat(find(Paragraph.class).withClassName("roster-imported-summary").single().getText())
                .startsWith("Imported 2 students: 2 new accounts, 0 already had one.")
                .contains("Hand each student their link").doesNotContain("emailed");
        @SuppressWarnings("unchecked")
        GridTester<Grid<Object>, Object> grid = test(find(Grid.class).withClassName("roster-links").single());
        assertThat(grid.size()).isEqualTo(2);
        assertThat(grid.getCellText(0, 0)).isEqualTo("Ana Petrova");
        assertThat(grid.getCellText(1, 1)).isEqualTo("ben" + domain);
        assertThat(find(Span.class).withClassName("setup-link").all()).extracting(Span::getText)
                .allMatch(link -> link.matches("https?://[^/]+(/.*)?/set-password/[A-Za-z0-9_-]{43}"));
        assertThat(find(TextArea.class).id("roster-csv").getValue()).isEmpty();
        assertThat(cohorts.students(cohort.id())).extracting(UserRef::displayName).containsExactly("Ana Petrova", "Ben Liu");
        assertThat(announced).hasSize(2);
    }

    @Test
    void with_email_set_up_the_instructor_is_told_the_links_were_also_emailed_in_her_language() {
        OutgoingMail sending = Mockito.mock(OutgoingMail.class);
        Mockito.when(sending.isSetUp()).thenReturn(true);
        UI.getCurrent().removeAll();
        UI.getCurrent().add(new RosterImportPanel(roster, invitations, sending, cohort.id()));

        paste("name,email\nAna Petrova,ana" + domain);
        importStudents();
        assertThat(find(Paragraph.class).withClassName("roster-imported-summary").single().getText())
                .startsWith("Imported 1 student: 1 new account, 0 already had one.")
                .contains("has also been emailed it").doesNotContain("Hand each student their link");

        for (String[] language : new String[][] {{"zh", "通过电子邮件收到"}, {"ru", "отправлена по электронной почте"}}) {
            UI.getCurrent().setLocale(Locale.of(language[0]));
            try {
                UI.getCurrent().removeAll();
                UI.getCurrent().add(new RosterImportPanel(roster, invitations, sending, cohort.id()));
                paste("name,email\nBen Liu,ben-" + language[0] + domain);
                importStudents();
                assertThat(find(Paragraph.class).withClassName("roster-imported-summary").single().getText())
                        .contains(language[1]);
            } finally {
                UI.getCurrent().setLocale(Locale.ENGLISH);
            }
        }
    }

    @Test
    void the_instructor_withdraws_the_invitation_of_a_student_who_already_had_an_account() {
        UserRef ana = accounts.createExactly("ana" + domain, "Ana Petrova", "her-own-password", Role.STUDENT);
        paste("name,email\nAna Petrova,ana" + domain);
        importStudents();
        assertThat(invitedNames()).containsExactly("Ana Petrova (ana" + domain + ")");

        Button withdraw = find(Button.class).withClassName("roster-withdraw").single();
        assertThat(withdraw.getElement().getAttribute("aria-label")).isEqualTo("Withdraw the invitation of Ana Petrova");
        test(withdraw).click();

        assertThat(invitations.invited(cohort.id())).isEmpty();
        assertThat(find(Button.class).withClassName("roster-withdraw").all()).isEmpty();
        assertThat(find(Paragraph.class).withClassName("roster-withdrawn").single().getText())
                .startsWith("The invitation of Ana Petrova is withdrawn");
        accounts.signIn(ana);
        assertThat(invitations.myInvitations()).isEmpty();
    }

    @Test
    void a_malformed_class_list_shows_every_problem_as_text_and_imports_nobody() {
        paste("name,email\n<img src=x onerror=alert(1)>,not-an-address\nBen Liu,\n");
        importStudents();

        List<ListItem> problems = find(ListItem.class).all();
        assertThat(problems).extracting(ListItem::getText).containsExactly(
                "Row 2, column email: “not-an-address” is not an email address",
                "Row 3, column email: the email address is missing");
        assertThat(find(Paragraph.class).withClassName("roster-problems-summary").single().getText())
                .isEqualTo("Nothing was imported: the class list has 2 problems. Fix them and import again.");
        assertThat(problems).allSatisfy(item -> assertThat(item.getElement().getChildren()).allMatch(Element::isTextNode));
        assertThat(cohorts.students(cohort.id())).isEmpty();
        assertThat(announced).isEmpty();
    }

    @Test
    void markup_in_a_problem_is_shown_as_text() {
        paste("name,email\nAna,<b>ana</b>" + domain);
        importStudents();

        ListItem problem = find(ListItem.class).single();
        assertThat(problem.getText()).isEqualTo("Row 2, column email: “<b>ana</b>" + domain + "” is not an email address");
        assertThat(problem.getElement().getChildren()).allMatch(Element::isTextNode);
    }

    @Test
    void a_russian_instructor_reads_each_problem_of_the_list_in_russian() {
        UI.getCurrent().setLocale(Locale.of("ru"));
        try {
            paste("name,email\nAna,ana-at-nowhere");
            importStudents();

            assertThat(find(ListItem.class).single().getText())
                    .endsWith("“ana-at-nowhere” — не адрес электронной почты");
        } finally {
            UI.getCurrent().setLocale(Locale.ENGLISH);
        }
    }

    @Test
    void a_russian_instructor_is_told_in_russian_why_her_file_was_refused() {
        UI.getCurrent().setLocale(Locale.of("ru"));
        try {
            RosterImportPanel panel = new RosterImportPanel(roster, invitations, mail, cohort.id());
            Upload upload = panel.getChildren().filter(Upload.class::isInstance).map(Upload.class::cast)
                    .findFirst().orElseThrow();
            String tooBig = upload.getI18n().getError().getFileIsTooBig();

            ComponentUtil.fireEvent(upload, new FileRejectedEvent(upload, tooBig, "class.xlsx"));

            assertThat(tooBig).startsWith("Файл больше 1 МБ");
            assertThat(upload.getI18n().getError().getIncorrectFileType()).startsWith("Это не файл .csv");
            assertThat(upload.getI18n().getFile().getRemove()).isEqualTo("Удалить");
            assertThat(panel.getChildren().filter(Paragraph.class::isInstance).map(Paragraph.class::cast)
                    .filter(paragraph -> paragraph.hasClassName("roster-file-status")).findFirst().orElseThrow()
                    .getText()).isEqualTo(tooBig);
        } finally {
            UI.getCurrent().setLocale(Locale.ENGLISH);
        }
    }

    @Test
    void a_chosen_csv_file_fills_the_list_for_a_check_before_importing() {
        byte[] file = ("\uFEFFname,email\r\nChen Wei,chen" + domain + "\r\n").getBytes(StandardCharsets.UTF_8);

        test(find(Upload.class).single()).upload("class.csv", "text/csv", file);

        assertThat(find(TextArea.class).id("roster-csv").getValue()).contains("Chen Wei,chen" + domain);
        assertThat(find(Paragraph.class).withClassName("roster-file-status").single().getText())
                .isEqualTo("Loaded “class.csv”. Check the list below, then press Import students.");
        importStudents();
        assertThat(cohorts.students(cohort.id())).extracting(UserRef::displayName).containsExactly("Chen Wei");
    }

    @Test
    void a_file_that_is_not_utf8_is_explained() {
        byte[] latin1 = "name,email\nJosé,jose@example.org\n".getBytes(StandardCharsets.ISO_8859_1);

        test(find(Upload.class).single()).upload("class.csv", "text/csv", latin1);

        assertThat(find(Paragraph.class).withClassName("roster-file-status").single().getText())
                .startsWith("“class.csv” is not UTF-8 text.");
        assertThat(find(TextArea.class).id("roster-csv").getValue()).isEmpty();
    }

    @Test
    void a_student_who_already_signs_in_is_shown_as_invited_until_she_answers_and_her_work_stays_hidden() {
        accounts.createExactly("ana" + domain, "Ana Petrova", "her-own-password", Role.STUDENT);

        paste("name,email\nAna Petrova,ana" + domain + "\nBen Liu,ben" + domain);
        importStudents();

        assertThat(find(Paragraph.class).withClassName("roster-invited-summary").single().getText())
                .isEqualTo("1 student already signs in with their own password: invited, not enrolled. They join "
                        + "when they accept the invitation on their home page, and you see only the work they do "
                        + "from then on.");
        @SuppressWarnings("unchecked")
        GridTester<Grid<Object>, Object> grid = test(find(Grid.class).withClassName("roster-links").single());
        assertThat(grid.getCellText(0, 3)).isEqualTo("Account in use: invited — joins the class when they accept");
        assertThat(invitedNames()).containsExactly("Ana Petrova (ana" + domain + ")");
        assertThat(cohorts.students(cohort.id())).extracting(UserRef::displayName).containsExactly("Ben Liu");
    }

    private List<String> invitedNames() {
        return find(Span.class).withClassName("roster-invited-name").all().stream().map(Span::getText).toList();
    }

    private void paste(String csv) {
        test(find(TextArea.class).id("roster-csv")).setValue(csv);
    }

    private void importStudents() {
        test(find(Button.class).id("import-roster")).click();
    }
}
