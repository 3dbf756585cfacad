package org.colloquy.lesson.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.colloquy.lesson.Response;
import org.colloquy.lesson.StudentAnswer;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

class SinceJoiningTest {

    private static final long ANA = 1;
    private static final long STRANGER = 2;
    private static final Instant JOINED = Instant.parse("2026-03-01T10:00:00Z");
    private final SinceJoining since = new SinceJoining(Map.of(ANA, JOINED));

    @Test
    void an_answer_last_saved_before_she_joined_is_not_the_classs_to_see() {
        assertThat(since.shows(answer(JOINED.minusSeconds(1)))).isFalse();
    }

    @Test
    void an_answer_saved_at_the_moment_she_joined_or_later_is() {
        assertThat(since.shows(answer(JOINED))).isTrue();
        assertThat(since.shows(answer(JOINED.plusSeconds(60)))).isTrue();
    }

    @Test
    void nothing_of_someone_who_is_not_in_the_class_is_shown() {
        assertThat(since.shows(STRANGER, JOINED.plusSeconds(60))).isFalse();
    }

    @Test
    void an_answer_submitted_only_before_joining_and_edited_since_is_a_draft_to_the_class() {
        Response response = answer(JOINED.minusSeconds(120));
        response.markSubmitted(JOINED.minusSeconds(120));
        response.saveDraft("Edited after joining", null, "v1", JOINED.plusSeconds(5));

        StudentAnswer seen = since.answer(response, List.of(JOINED.minusSeconds(120)));

        assertThat(seen.isSubmitted()).isFalse();
        assertThat(seen.submissionCount()).isZero();
        assertThat(seen.body()).isEqualTo("Edited after joining");
    }

    @Test
    void an_answer_resubmitted_since_joining_is_submitted_and_keeps_its_version_number() {
        Response response = answer(JOINED.minusSeconds(120));
        response.saveDraft("Resubmitted", null, "v1", JOINED.plusSeconds(5));
        response.markSubmitted(JOINED.plusSeconds(5));

        StudentAnswer seen = since.answer(response, List.of(JOINED.minusSeconds(120), JOINED.plusSeconds(5)));

        assertThat(seen.isSubmitted()).isTrue();
        assertThat(seen.submittedAt()).isEqualTo(JOINED.plusSeconds(5));
        assertThat(seen.submissionCount()).isEqualTo(2);
    }

    private static Response answer(Instant savedAt) {
        Response response = new Response(ANA, "course", "lesson/respond", "respond", "v1", savedAt);
        response.saveDraft("Text", null, "v1", savedAt);
        ReflectionTestUtils.setField(response, "id", 7L);
        return response;
    }
}
