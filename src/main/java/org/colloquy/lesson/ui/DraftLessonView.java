package org.colloquy.lesson.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.colloquy.argument.ArgumentMapService;
import org.colloquy.base.i18n.Translated;
import org.colloquy.base.ui.PageNotFound;
import org.colloquy.base.i18n.Text;
import org.colloquy.lesson.AnswerService;
import org.colloquy.lesson.LessonPreviewService;
import org.colloquy.lesson.StudentLessonService;
import java.time.Clock;
import org.colloquy.content.CourseCatalog;
import org.colloquy.schedule.ScheduleService;

/**
 * A lesson of a course drafted in the studio and not published, in the real lesson player as a student will see it,
 * for the draft's owner: read from the draft (it is in no catalog), nothing kept (decisions 0035 and 0042).
 */
@Route(LessonPages.STUDIO_DRAFT + "/preview/:lessonKey")
@RolesAllowed({"INSTRUCTOR", "ADMIN"})
public class DraftLessonView extends LessonView {

    DraftLessonView(StudentLessonService lessons, AnswerService answers, LessonPreviewService previews,
                    ArgumentMapService arguments, AuthenticationContext authentication, ScheduleService schedules,
                    Clock clock, CourseCatalog catalog) {
        super(lessons, answers, previews, arguments, authentication, schedules, clock, catalog);
    }

    @Override
    Long studioDraft(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("draftId").orElse("");
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException notANumber) {
            throw PageNotFound.because(Translated.text(Text.of("lesson.not-found.course", id)));
        }
    }
}
