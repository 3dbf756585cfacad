package org.colloquy.seminar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.colloquy.seminar.LiveSeminarRoomTest.answer;
import static org.colloquy.seminar.LiveSeminarRoomTest.answerId;
import static org.colloquy.seminar.LiveSeminarRoomTest.everythingIn;
import static org.colloquy.seminar.LiveSeminarRoomTest.rowOf;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.browserless.BrowserlessUserContext;
import com.vaadin.browserless.SecuredBrowserlessApplicationContext;
import com.vaadin.browserless.SpringBrowserlessApplicationContext;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Supplier;
import org.colloquy.IntegrationTest;
import org.colloquy.identity.Role;
import org.colloquy.identity.TestAccounts;
import org.colloquy.identity.UserRef;
import org.colloquy.seminar.session.LessonToRun;
import org.colloquy.seminar.session.SeminarPrompt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.colloquy.seminar.audience.ui.AudienceView;
import org.colloquy.seminar.console.ui.PresenterView;
import org.colloquy.seminar.screen.ui.ProjectorView;
import org.colloquy.seminar.session.ui.SeminarStartView;

/**
 * The seminar room with a leader, the projector, two signed-in students and a guest, each in their own browserless
 * window: guests, starring, the spotlight, the word cloud, the countdown, before/after charts, and reloads.
 */
@IntegrationTest
class LiveRoomTest {

    private static final String ANA_WRITES = "Energy trade builds trust";
    private static final String BEN_WRITES = "Pipelines nobody should see";
    private static final String GUEST_WRITES = "Trade and energy, energy first";

    @Autowired
    ApplicationContext spring;
    @Autowired
    TestAccounts accounts;

    SecuredBrowserlessApplicationContext<Authentication> app;
    UserRef leader;
    UserRef ana;
    UserRef ben;
    BrowserlessUIContext console;
    BrowserlessUIContext projector;
    String code;

    @BeforeEach
    void openTheRoom() {
        accounts.useThisApplicationsSecurityContext();
        app = SpringBrowserlessApplicationContext.createSecured(spring, "org.colloquy.seminar");
        leader = accounts.create("leader", Role.SEMINAR_LEADER);
        ana = accounts.create("ana", "Ana Quillfeather", Role.STUDENT);
        ben = accounts.create("ben", "Ben Marchbanks", Role.STUDENT);
        console = app.newUser(leader.username(), "SEMINAR_LEADER").newWindow();
        console.navigate(SeminarStartView.class);
        chooseLesson("three-stages");
        console.test(console.find(Button.class).id("start-seminar")).click();
        code = console.find(Span.class).id("presenter-join-code").getText();
        projector = app.newUser(leader.username(), "SEMINAR_LEADER").newWindow();
        projector.navigate(console.find(Anchor.class).id("open-projector").getHref(), ProjectorView.class);
    }

    @AfterEach
    void closeTheRoom() {
        app.close();
        TestAccounts.signOutEverywhere();
    }

    @Test
    void the_projector_shows_the_join_address_with_its_code_and_a_qr_code() {
        assertThat(projector.find(Span.class).id("projector-join-code").getText()).isEqualTo(code);
        assertThat(projector.find(Paragraph.class).id("projector-join-url").getElement().getTextRecursively())
                .endsWith("/live/" + code)
                .doesNotStartWith("http");
        Image qr = projector.find(Image.class).id("projector-qr");
        assertThat(qr.getSrc()).startsWith("data:image/svg+xml;base64,");
        assertThat(qr.getAlt()).hasValueSatisfying(alt -> assertThat(alt).endsWith("/live/" + code));
    }

    @Test
    void a_guest_joins_by_name_answers_and_is_named_only_on_the_console() {
        BrowserlessUserContext guest = anonymousVisitor();
        BrowserlessUIContext guestPhone = guest.newWindow();
        guestPhone.navigate("live/" + code, AudienceView.class);
        assertThat(guestPhone.find(Paragraph.class).id("live-message").getText()).startsWith(
                "This session is for signed-in students only");

        console.test(console.find(Checkbox.class).id("allow-guests")).click();
        guestPhone = guest.newWindow();
        guestPhone.navigate("live/" + code, AudienceView.class);
        guestPhone.test(guestPhone.find(TextField.class).id("guest-name")).setValue("   ");
        guestPhone.test(guestPhone.find(Button.class).id("guest-join")).click();
        assertThat(guestPhone.find(Paragraph.class).id("guest-message").getText()).startsWith("Enter a name first");
        TextField name = guestPhone.find(TextField.class).id("guest-name");
        String tooLong = "Mira Guest of the Autumn Seminar, Row Three";
        guestPhone.test(name).setValue(tooLong);
        assertThat(name.getErrorMessage()).startsWith("43 characters: 3 over the limit of 40.");
        guestPhone.test(guestPhone.find(Button.class).id("guest-join")).click();
        assertThat(name.getValue()).as("the name the phone keeps to shorten").isEqualTo(tooLong);
        assertThat(guestPhone.find(Paragraph.class).id("guest-message").getText())
                .isEqualTo("Names are up to 40 characters; this one is 43. Shorten it and join again.");
        guestPhone.test(guestPhone.find(TextField.class).id("guest-name")).setValue("Mira <i>Guest</i>");
        guestPhone.test(guestPhone.find(Button.class).id("guest-join")).click();
        moveTo("respond-balance");
        BrowserlessUIContext anaPhone = join(ana);
        answer(anaPhone, ANA_WRITES);
        answer(guestPhone, GUEST_WRITES);

        assertThat(guestPhone.find(Paragraph.class).id("live-status").getText()).startsWith("Received.");
        assertThat(rowOf(console, GUEST_WRITES).getElement().getTextRecursively()).contains("Mira <i>Guest</i> (guest)");
        assertThat(console.find(Span.class).id("guest-count").getText()).isEqualTo("1 guest joined");
        assertThat(everythingIn(guestPhone)).contains(GUEST_WRITES).doesNotContain(ANA_WRITES, "Ana Quillfeather");
        assertThat(everythingIn(anaPhone)).doesNotContain(GUEST_WRITES, "Mira");
        assertThat(everythingIn(projector)).doesNotContain("Mira", GUEST_WRITES, ANA_WRITES);

        BrowserlessUIContext guestPhoneReloaded = guest.newWindow();
        guestPhoneReloaded.navigate("live/" + code, AudienceView.class);
        assertThat(guestPhoneReloaded.find(TextArea.class).id("live-answer").getValue()).isEqualTo(GUEST_WRITES);
        assertThat(guestPhoneReloaded.find(Button.class).id("live-send").getText()).isEqualTo("Change my answer");
    }

    @Test
    void a_guests_phone_opened_before_guests_were_allowed_asks_for_her_name_as_soon_as_the_leader_allows_them() {
        BrowserlessUIContext guestPhone = anonymousVisitor().newWindow();
        guestPhone.navigate("live/" + code, AudienceView.class);
        assertThat(guestPhone.find(Paragraph.class).id("live-message").getText())
                .startsWith("This session is for signed-in students only");
        assertThat(guestPhone.find(Paragraph.class).id("guest-waiting").getText())
                .isEqualTo("This page asks for your name by itself as soon as your leader lets guests in.");

        click("prompt-next");
        assertThat(guestPhone.find(Paragraph.class).id("live-message").getText()).as("still waiting, still told why")
                .startsWith("This session is for signed-in students only");
        console.test(console.find(Checkbox.class).id("allow-guests")).click();

        assertThat(guestPhone.find(TextField.class).withId("guest-name").all()).as("the name form, without a reload")
                .hasSize(1);
        guestPhone.test(guestPhone.find(TextField.class).id("guest-name")).setValue("Mira");
        click("prompt-next");
        assertThat(guestPhone.find(TextField.class).id("guest-name").getValue()).as("what she typed stays")
                .isEqualTo("Mira");

        console.test(console.find(Checkbox.class).id("allow-guests")).click();
        assertThat(guestPhone.find(TextField.class).withId("guest-name").all()).as("the leader changed her mind")
                .isEmpty();
        assertThat(guestPhone.find(Paragraph.class).id("live-message").getText())
                .startsWith("This session is for signed-in students only");

        console.test(console.find(Checkbox.class).id("allow-guests")).click();
        guestPhone.test(guestPhone.find(TextField.class).id("guest-name")).setValue("Mira");
        guestPhone.test(guestPhone.find(Button.class).id("guest-join")).click();
        console.test(console.find(Checkbox.class).id("allow-guests")).click();
        assertThat(guestPhone.find(Button.class).withId("live-send").all())
                .as("a guest who joined stays in the room when guests are turned off").hasSize(1);
        assertThat(guestPhone.find(TextField.class).withId("guest-name").all()).isEmpty();
    }

    @Test
    void the_leader_stars_and_spotlights_and_the_projector_never_receives_an_unapproved_answer() {
        moveTo("respond-balance");
        answer(join(ana), ANA_WRITES);
        answer(join(ben), BEN_WRITES);
        String anaAnswer = answerId(rowOf(console, ANA_WRITES));
        String benAnswer = answerId(rowOf(console, BEN_WRITES));

        console.test(console.find(Button.class).id("star-" + benAnswer)).click();
        assertThat(rowOf(console, BEN_WRITES).getClassNames()).contains("starred");
        assertThat(console.find(Button.class).withId("spotlight-" + benAnswer).all()).as("no spotlight before approval")
                .isEmpty();
        assertThat(everythingIn(projector)).doesNotContain(BEN_WRITES, ANA_WRITES);

        click("approve-" + anaAnswer);
        click("spotlight-" + anaAnswer);
        assertThat(projector.find(Paragraph.class).id("projector-spotlight-text").getText()).isEqualTo(ANA_WRITES);
        assertThat(everythingIn(projector)).doesNotContain(BEN_WRITES, "Ana Quillfeather", "Ben Marchbanks");

        BrowserlessUIContext consoleReloaded = app.newUser(leader.username(), "SEMINAR_LEADER").newWindow();
        consoleReloaded.navigate(console.find(Anchor.class).id("open-projector").getHref()
                .replace("/project", "/present"), PresenterView.class);
        assertThat(rowOf(consoleReloaded, BEN_WRITES).getClassNames()).contains("starred");
        assertThat(rowOf(consoleReloaded, ANA_WRITES).getClassNames()).contains("spotlit");

        click("clear-spotlight");
        assertThat(projector.find(Div.class).withId("projector-spotlight").all()).isEmpty();
        assertThat(everythingIn(projector)).doesNotContain(ANA_WRITES);
    }

    @Test
    void a_revealed_word_cloud_holds_only_approved_words_and_survives_a_projector_reload() {
        moveTo("respond-balance");
        answer(join(ana), ANA_WRITES);
        answer(join(ben), BEN_WRITES);
        click("approve-" + answerId(rowOf(console, ANA_WRITES)));

        click("reveal-word-cloud");

        assertThat(words(projector)).contains("energy", "trade", "trust").doesNotContain("pipelines", "nobody");
        assertThat(everythingIn(projector)).doesNotContain("Pipelines", "nobody");
        BrowserlessUIContext projectorReloaded = app.newUser(leader.username(), "SEMINAR_LEADER").newWindow();
        projectorReloaded.navigate(console.find(Anchor.class).id("open-projector").getHref(), ProjectorView.class);
        assertThat(words(projectorReloaded)).contains("energy", "trade", "trust");
    }

    @Test
    void when_the_countdown_ends_the_prompt_closes_on_every_screen_and_the_typed_text_stays() throws Exception {
        moveTo("respond-balance");
        BrowserlessUIContext anaPhone = join(ana);
        console.test(console.find(IntegerField.class).id("timer-custom")).setValue(1);
        click("timer-start-custom");
        assertThat(anaPhone.find(Div.class).id("live-timer").getElement().getTextRecursively()).startsWith("Time left");
        anaPhone.test(anaPhone.find(TextArea.class).id("live-answer")).setValue("Half a thought");

        awaitTrue(() -> anaPhone.find(Paragraph.class).id("live-status").getText()
                .equals("Time is up: answers to this question are closed."));

        assertThat(anaPhone.find(TextArea.class).id("live-answer").getValue()).isEqualTo("Half a thought");
        assertThat(anaPhone.find(Button.class).id("live-send").isEnabled()).isFalse();
        assertThat(projector.find(Paragraph.class).id("projector-answer-count").getText()).endsWith("answers closed");
        assertThat(console.find(Paragraph.class).id("presenter-status").getText()).contains("Answers closed");
    }

    @Test
    void the_closing_position_is_revealed_as_a_chart_beside_the_opening_one() {
        BrowserlessUIContext anaPhone = join(ana);
        BrowserlessUIContext benPhone = join(ben);
        choose(anaPhone, "Disagree");
        choose(benPhone, "Disagree");
        moveTo("position-after");
        choose(anaPhone, "Agree");
        choose(benPhone, "Strongly agree");

        click("toggle-reveal");

        Div sideBySide = projector.find(Div.class).id("projector-before-after");
        String shown = sideBySide.getElement().getTextRecursively();
        assertThat(shown).contains("Before · question 1", "Now · question 6", "Disagree", "2 of 2");
        String chart = everythingIn(projector);
        assertThat(chart).contains("Before · question 1 · 2 answers", "Now · question 6 · 2 answers");
        assertThat(projector.find(Image.class).withClassName("distribution-chart").all()).hasSize(1);
    }

    private void chooseLesson(String lessonKey) {
        @SuppressWarnings("unchecked")
        Select<LessonToRun> lesson = console.find(Select.class).id("seminar-lesson");
        lesson.setValue(lesson.getListDataView().getItems()
                .filter(candidate -> candidate.lessonKey().equals(lessonKey)).findFirst().orElseThrow());
    }

    private void moveTo(String stepKey) {
        List<String> order = List.of("position-before", "check-second-stage", "check-prerequisite", "respond-balance",
                "discuss-parallel", "position-after");
        String status = console.find(Paragraph.class).id("presenter-status").getText();
        int current = Integer.parseInt(status.substring("Prompt ".length(), status.indexOf(' ', "Prompt ".length())));
        for (int i = current; i < order.indexOf(stepKey) + 1; i++) {
            click("prompt-next");
        }
    }

    private void click(String buttonId) {
        console.test(console.find(Button.class).id(buttonId)).click();
    }

    private BrowserlessUIContext join(UserRef student) {
        BrowserlessUIContext phone = app.newUser(student.username(), "STUDENT").newWindow();
        phone.navigate("live/" + code, AudienceView.class);
        return phone;
    }

    private BrowserlessUserContext anonymousVisitor() {
        return app.newUser(new AnonymousAuthenticationToken("test", "anonymousUser",
                List.of(new SimpleGrantedAuthority("ROLE_ANONYMOUS"))));
    }

    @SuppressWarnings("unchecked")
    private static void choose(BrowserlessUIContext phone, String label) {
        RadioButtonGroup<SeminarPrompt.Choice> choices = phone.find(RadioButtonGroup.class).id("live-choice");
        choices.setValue(choices.getListDataView().getItems().filter(choice -> choice.label().equals(label))
                .findFirst().orElseThrow());
        phone.test(phone.find(Button.class).id("live-send")).click();
        assertThat(phone.find(Paragraph.class).id("live-status").getText()).startsWith("Received.");
    }

    private static List<String> words(BrowserlessUIContext window) {
        return window.find(Div.class).id("word-cloud").getChildren()
                .map(word -> ((Span) word).getText()).toList();
    }

    private static void awaitTrue(Supplier<Boolean> condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 5000;
        while (!condition.get()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("Still not true after 5 seconds");
            }
            Thread.sleep(100);
        }
    }
}
