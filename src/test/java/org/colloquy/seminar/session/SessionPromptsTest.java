package org.colloquy.seminar.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Instant;
import java.util.List;
import org.colloquy.base.i18n.HasReason;
import org.colloquy.base.i18n.InterfaceLanguage;
import org.colloquy.base.i18n.MessageBundles;
import org.colloquy.base.i18n.Text;
import org.colloquy.content.Course;
import org.colloquy.content.CourseCatalog;
import org.colloquy.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class SessionPromptsTest {

    @Autowired
    CourseCatalog catalog;

    @Test
    void aSessionWhosePromptsLeftTheCourseSaysSoInTheLeadersLanguage() {
        Course course = catalog.require("sino-russian-relations");
        SeminarSession session = new SeminarSession(1, course.key(), "three-stages", "v1", "GONE01", Instant.now());
        session.askFor(null, List.of("retired-lesson/old-step"));

        Throwable refused = catchThrowable(() -> SessionPrompts.of(course, session));

        assertThat(refused).isInstanceOf(IllegalStateException.class).isInstanceOf(HasReason.class);
        Text reason = ((HasReason) refused).reason();
        assertThat(MessageBundles.shared().text(reason.key(), InterfaceLanguage.RUSSIAN, reason.args()))
                .startsWith("Вопросов этого занятия больше нет в курсе.");
    }
}
