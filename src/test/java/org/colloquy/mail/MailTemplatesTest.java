package org.colloquy.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.colloquy.base.i18n.MessageBundles;
import org.colloquy.identity.Contact;
import org.colloquy.security.HostileInput;
import org.junit.jupiter.api.Test;
import org.springframework.web.util.HtmlUtils;

/** Every message, with every hostile text where a person's words go: text stays text, and the subject one line. */
class MailTemplatesTest {

    private static final MailTemplates TEMPLATES = new MailTemplates(MessageBundles.load());
    private static final Instant WHEN = Instant.parse("2026-12-08T16:00:00Z");
    private static final String LINK = "https://colloquy.example.edu/course/c/lesson/l";
    /** The markup the templates themselves write; anything else in the HTML came from a person's text. */
    private static final Pattern OWN_MARKUP = Pattern.compile(
            "<!DOCTYPE html>|</?(html|head|meta|title|body|div|p|a)(\\s[^<>]*)?>");

    /** Each template, given a person's text as every name and title it shows. */
    private static Map<String, Function<String, MailBody>> everyTemplate(String language) {
        return Map.of(
                "invitation", text -> TEMPLATES.invitation(contact(text, language), text, LINK, WHEN),
                "reset", text -> TEMPLATES.reset(contact(text, language), LINK, WHEN),
                "feedback", text -> TEMPLATES.feedbackReleased(contact(text, language), text, LINK),
                "reply", text -> TEMPLATES.replyPosted(contact(text, language), text, false, text, LINK),
                "reply by the instructor", text -> TEMPLATES.replyPosted(contact(text, language), text, true, text,
                        LINK),
                "due tomorrow", text -> TEMPLATES.lessonDueSoon(contact(text, language), text,
                        List.of(text, text), WHEN, "Europe/Berlin", LINK, LINK));
    }

    private static Contact contact(String name, String language) {
        return new Contact(7, name, "ana@example.org", language);
    }

    @Test
    void hostile_names_and_titles_are_shown_as_text_in_every_message_and_never_start_a_header() {
        for (String language : List.of("en", "zh", "ru")) {
            everyTemplate(language).forEach((template, compose) -> {
                for (HostileInput.Payload payload : HostileInput.CORPUS) {
                    MailBody body = compose.apply(payload.text());
                    String what = template + " (" + language + ") with " + payload.kind();
                    assertThat(body.subject()).as(what).doesNotContain("\r", "\n", "\u0000");
                    assertThat(OWN_MARKUP.matcher(body.html()).replaceAll("")).as(what).doesNotContain("<", ">");
                    assertThat(body.text()).as(what).contains(LINK);
                }
            });
        }
    }

    @Test
    void a_name_that_tries_to_add_a_header_stays_in_the_subject_on_one_line() {
        MailBody body = TEMPLATES.replyPosted(contact("Ana", "en"), "Eve\r\nBcc: everyone@example.org\r\n\r\n<b>hi",
                false, "Lesson\nTitle", LINK);

        assertThat(body.subject()).isEqualTo("Eve Bcc: everyone@example.org <b>hi replied to your post");
        assertThat(body.html()).contains(HtmlUtils.htmlEscape("Eve Bcc: everyone@example.org <b>hi"))
                .doesNotContain("<b>hi");
    }

    @Test
    void each_message_is_in_the_language_its_reader_chose() {
        assertThat(TEMPLATES.feedbackReleased(contact("Ana", "en"), "Three stages", LINK).subject())
                .isEqualTo("Feedback on your answer in «Three stages» is ready");
        assertThat(TEMPLATES.feedbackReleased(contact("Ana", "zh"), "三个阶段", LINK).subject())
                .isEqualTo("您在《三个阶段》中的回答已有反馈");
        assertThat(TEMPLATES.feedbackReleased(contact("Ana", "ru"), "Три этапа", LINK).subject())
                .isEqualTo("Отзыв на ваш ответ в «Три этапа» готов");
        assertThat(TEMPLATES.lessonDueSoon(contact("Маша", "ru"), "Три этапа", List.of("10 «А»"), WHEN,
                "Europe/Moscow", LINK, LINK).text()).contains("Здравствуйте, Маша!", "Europe/Moscow", "19:00");
    }

    @Test
    void a_reminder_names_the_class_it_is_for_and_every_class_when_several_have_the_lesson_due_then() {
        MailBody one = TEMPLATES.lessonDueSoon(contact("Ana", "en"), "Three stages", List.of("Autumn term"), WHEN,
                "Europe/Berlin", LINK, LINK);
        assertThat(one.subject()).isEqualTo("«Three stages» is due tomorrow · «Autumn term»");
        assertThat(one.text()).contains("due for your class «Autumn term» on");

        MailBody both = TEMPLATES.lessonDueSoon(contact("Маша", "ru"), "Три этапа", List.of("Осень", "Семинар"), WHEN,
                "Europe/Moscow", LINK, LINK);
        assertThat(both.subject()).isEqualTo("Срок «Три этапа» — завтра · «Осень», «Семинар»");
        assertThat(both.text()).contains("в ваших группах «Осень», «Семинар»");
        assertThat(TEMPLATES.lessonDueSoon(contact("Ana", "zh"), "三个阶段", List.of("秋季班"), WHEN, "Asia/Shanghai",
                LINK, LINK).subject()).isEqualTo("《三个阶段》明天截止 · “秋季班”");
    }

    @Test
    void a_message_has_its_link_as_a_button_in_html_and_on_a_line_of_its_own_in_plain_text() {
        MailBody body = TEMPLATES.invitation(contact("Dana", "en"), "Iris Instructor",
                "https://colloquy.example.edu/set-password/abc?x=1&y=2", WHEN);

        assertThat(body.text()).contains("Iris Instructor made you an account", "\nhttps://colloquy.example.edu/set-password/abc?x=1&y=2\n");
        assertThat(body.html()).contains("href=\"https://colloquy.example.edu/set-password/abc?x=1&amp;y=2\"",
                "Choose my password");
    }
}
