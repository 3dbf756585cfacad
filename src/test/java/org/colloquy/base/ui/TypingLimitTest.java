package org.colloquy.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.colloquy.IntegrationTest;
import org.colloquy.lesson.ui.HomeView;
import org.junit.jupiter.api.Test;

@IntegrationTest
@ViewPackages(classes = HomeView.class)
class TypingLimitTest extends SpringBrowserlessTest {

    @Test
    void anEmptyFieldNamesItsLimitAfterWhatElseItsHelperSays() {
        TextArea reply = new TextArea();
        TypingLimit.on(reply, 2000, "Be kind.");

        assertThat(reply.getHelperText()).isEqualTo("Be kind. Up to 2,000 characters.");
        assertThat(reply.isInvalid()).isFalse();
    }

    @Test
    void nearTheLimitTheHelperCountsCharacters() {
        TextField name = new TextField();
        TypingLimit.on(name, 10);

        name.setValue("12345678");

        assertThat(name.getHelperText()).isEqualTo("8 of 10 characters.");
        assertThat(name.isInvalid()).isFalse();
    }

    @Test
    void textOverTheLimitIsKeptWholeAndMarkedWithHowMuchToCut() {
        TextArea answer = new TextArea();
        TypingLimit.on(answer, 10);
        String pasted = "a".repeat(25);

        answer.setValue(pasted);

        assertThat(answer.getValue()).isEqualTo(pasted);
        assertThat(answer.getElement().hasProperty("maxlength")).as("no browser cut").isFalse();
        assertThat(answer.isInvalid()).isTrue();
        assertThat(answer.getErrorMessage()).isEqualTo(
                "25 characters: 15 over the limit of 10. Shorten it before you send; nothing has been cut.");
        assertThat(answer.getHelperText()).as("the error says the count; the helper does not repeat it").isNull();
    }

    @Test
    void shorteningTheTextClearsTheWarning() {
        TextArea answer = new TextArea();
        TypingLimit.on(answer, 10);
        answer.setValue("a".repeat(11));

        answer.setValue("a".repeat(10));

        assertThat(answer.isInvalid()).isFalse();
        assertThat(answer.getHelperText()).isEqualTo("10 of 10 characters.");
    }

    @Test
    void aLimitInWordsCountsWords() {
        TextField reason = new TextField();
        TypingLimit.inWords(reason, 4, null);
        assertThat(reason.getHelperText()).isEqualTo("Up to 4 words.");

        reason.setValue("one two three four five six");

        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).startsWith("6 words: 2 over the limit of 4.");
    }

    @Test
    void theCountFollowsTheTypingWithoutWaitingForTheFieldToLoseFocus() {
        TextArea answer = new TextArea();
        TypingLimit.on(answer, 10);

        assertThat(answer.getValueChangeMode()).isEqualTo(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
    }

    @Test
    void noFieldInTheApplicationCutsWhatPeopleTypeWithTheBrowsersMaxlength() throws IOException {
        List<String> cutting;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            cutting = files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> read(file).contains(".setMaxLength("))
                    .map(Path::toString).toList();
        }
        assertThat(cutting).as("fields that cut pasted text silently; use TypingLimit").isEmpty();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }
}
