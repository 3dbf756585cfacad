package org.colloquy.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.assertj.core.api.Assertions;

/**
 * What services write for a person reads in her interface language, whatever language the writer used: a Russian
 * reader's notices, her My work page and its download, and a page that is not there.
 */
class ReaderLanguageJourney extends BrowserJourney {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_russian_student_reads_her_notices_her_work_and_a_missing_page_in_russian() throws IOException {
        long ana = jdbc.queryForObject("select id from app_user where username = 'ana'", Long.class);
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("insert into notice (user_id, message, link, created_at) values (?, ?, ?, ?)", ana,
                "Welcome back: this notice was written before notices spoke every language.", "my-work", now);
        jdbc.update("insert into notice (user_id, message, message_key, message_args, link, created_at)"
                + " values (?, ?, ?, ?, ?, ?)", ana, "Feedback on your answer in “Three stages” is ready.",
                "review.notice.feedback-ready", "[\"Three stages of domestic transition\"]",
                "course/sino-russian-relations/lesson/three-stages", now);
        Page reader = newPersonReading("ru-RU", 1280, 900);
        signIn(reader, "ana", "colloquy");

        reader.navigate(url("notices"));
        assertThat(reader.locator(".notice-list"))
                .containsText("Отзыв на ваш ответ в уроке «Three stages of domestic transition» готов.");
        assertThat(reader.locator(".notice-list")).containsText("Welcome back: this notice was written before");
        reader.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("notices-ru.png")).setFullPage(true));

        reader.navigate(url("my-work"));
        assertThat(reader.locator(".work-prompt").first()).containsText("Ваша позиция:");
        reader.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("my-work-ru.png")).setFullPage(true));
        Download download = reader.waitForDownload(() -> reader.locator("#download-my-work").first().click());
        String markdown = Files.readString(download.path(), StandardCharsets.UTF_8);
        Files.writeString(SCREENSHOTS.resolve("my-work-ru.md"), markdown, StandardCharsets.UTF_8);
        Assertions.assertThat(markdown).startsWith("# Мои работы: ").contains("Ваша позиция: ")
                .doesNotContain("Your position");

        reader.navigate(url("course/sino-russian-relations/lesson/no-such-lesson"));
        assertThat(reader.locator("h1")).hasText("Страница не найдена");
        assertThat(reader.locator("#not-found-reason")).containsText("нет урока «no-such-lesson»");
        assertThat(reader.locator("nav.main-nav")).containsText("Мои работы");
        reader.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("not-found-ru.png")).setFullPage(true));

    }
}
