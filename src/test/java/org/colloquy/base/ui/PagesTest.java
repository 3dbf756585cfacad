package org.colloquy.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.colloquy.argument.ui.ArgumentPages;
import org.colloquy.cohort.ui.CohortPages;
import org.colloquy.gradebook.ui.GradebookPages;
import org.colloquy.content.ui.ContentPages;
import org.colloquy.discussion.ui.DiscussionPages;
import org.colloquy.identity.ui.IdentityPages;
import org.colloquy.lesson.ui.LessonPages;
import org.colloquy.notice.ui.NoticePages;
import org.colloquy.review.ui.CohortTab;
import org.colloquy.review.ui.ReviewPages;
import org.colloquy.seminar.session.ui.SeminarPages;
import org.colloquy.studio.ui.StudioPages;
import org.junit.jupiter.api.Test;

/** Every feature's page addresses fill their routes: a parameter renamed on one side fails here, not for a user. */
class PagesTest {

    private static final List<Class<?>> PAGES = List.of(ArgumentPages.class, CohortPages.class, ContentPages.class,
            DiscussionPages.class, GradebookPages.class, IdentityPages.class, LessonPages.class, NoticePages.class,
            ReviewPages.class,
            SeminarPages.class, StudioPages.class);

    @Test
    void every_address_of_every_feature_can_be_made() throws Exception {
        List<String> made = new ArrayList<>();
        for (Class<?> pages : PAGES) {
            for (Method method : pages.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers()) && Modifier.isStatic(method.getModifiers())) {
                    made.add(String.valueOf(method.invoke(null, samples(method))));
                }
            }
        }
        assertThat(made).hasSizeGreaterThan(25).allSatisfy(address -> assertThat(address).doesNotStartWith("/"));
    }

    @Test
    void a_student_finds_her_course_lesson_discussion_and_work() {
        assertThat(LessonPages.home()).isEmpty();
        assertThat(LessonPages.course("sino-russian")).isEqualTo("course/sino-russian");
        assertThat(LessonPages.lesson("sino-russian", "three-stages")).isEqualTo("course/sino-russian/lesson/three-stages");
        assertThat(LessonPages.discussion("sino-russian", "three-stages/discuss"))
                .isEqualTo("course/sino-russian/discussion/three-stages/discuss");
        assertThat(LessonPages.myWork()).isEqualTo("my-work");
        assertThat(ContentPages.paragraph("sino-russian", "p3")).isEqualTo("course/sino-russian/reading#p3");
        assertThat(ContentPages.readingWithHeatMap("sino-russian", 7)).isEqualTo("course/sino-russian/reading?heatmap=7");
    }

    @Test
    void an_instructor_finds_her_class_and_what_opens_from_it() {
        assertThat(ReviewPages.classes()).isEqualTo("classes");
        assertThat(StudioPages.studio()).isEqualTo("studio");
        assertThat(CohortPages.classPage(7)).isEqualTo("classes/7").isEqualTo(ReviewPages.cohort(7));
        assertThat(ReviewPages.cohort(7, CohortTab.PROMPTS)).isEqualTo("classes/7?tab=prompts");
        assertThat(ReviewPages.reviewQueue(7, "three-stages/respond")).isEqualTo("classes/7/review/three-stages/respond");
        assertThat(ReviewPages.liveSession(7, 9)).isEqualTo("classes/7/live/9");
        assertThat(ReviewPages.studentLiveAnswers(7, 3)).isEqualTo("classes/7/students/3/live");
        assertThat(DiscussionPages.moderation(7, "three-stages/discuss")).isEqualTo("classes/7/discussion/three-stages/discuss");
        assertThat(ArgumentPages.classMap(7, "order/argue")).isEqualTo("classes/7/map/order/argue");
        assertThat(GradebookPages.gradebook(7)).isEqualTo("classes/7/gradebook").isEqualTo(CohortPages.gradebook(7));
    }

    @Test
    void a_leader_and_the_room_find_the_live_session() {
        assertThat(SeminarPages.start()).isEqualTo("seminar");
        assertThat(SeminarPages.console(9)).isEqualTo("seminar/9/present");
        assertThat(SeminarPages.projector(9)).isEqualTo("seminar/9/project");
        assertThat(SeminarPages.phone()).isEqualTo("live");
        assertThat(SeminarPages.phone(" vzk-j2u ")).isEqualTo("live/VZKJ2U");
        assertThat(SeminarPages.phoneAfterSignIn("VZKJ2U")).isEqualTo("live/VZKJ2U/continue");
        assertThat(CohortPages.join("essay2")).isEqualTo("join/ESSAY2");
        assertThat(IdentityPages.setPassword("a-b_c")).isEqualTo("set-password/a-b_c");
    }

    @Test
    void a_parameter_the_route_does_not_have_or_lacks_is_refused() {
        assertThatThrownBy(() -> PageAddress.fill("classes/:cohortId", "cohort", 7))
                .hasMessageContaining("cohortId");
        assertThatThrownBy(() -> PageAddress.fill("classes/:cohortId", "cohortId", 7, "sessionId", 9))
                .hasMessageContaining("sessionId");
        assertThat(PageAddress.fill("live/:code?")).isEqualTo("live");
    }

    private static Object[] samples(Method method) {
        Class<?>[] types = method.getParameterTypes();
        Object[] values = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            values[i] = types[i] == long.class ? (Object) 7L
                    : types[i].isEnum() ? types[i].getEnumConstants()[0] : (Object) "lesson/step";
        }
        return values;
    }
}
