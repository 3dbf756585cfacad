package org.colloquy.studio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CourseKeysTest {

    @Test
    void aTitleBecomesLowerCaseWordsJoinedByDashes() {
        assertThat(CourseKeys.proposedFrom("Sino-Russian Relations: Critical Moment!"))
                .isEqualTo("sino-russian-relations-critical-moment");
    }

    @Test
    void accentsAreDroppedAndPunctuationAtTheEndsIsTrimmed() {
        assertThat(CourseKeys.proposedFrom("  «Réflexions» sur l’Été… ")).isEqualTo("reflexions-sur-l-ete");
    }

    @Test
    void aTitleWithoutLatinLettersOrDigitsGetsAKeyToChange() {
        assertThat(CourseKeys.proposedFrom("中俄关系")).isEqualTo("my-course");
        assertThat(CourseKeys.proposedFrom("Россия 2025")).isEqualTo("2025");
    }

    @Test
    void aLongTitleIsCutAtTheLimitWithoutADashAtTheEnd() {
        String key = CourseKeys.proposedFrom("word ".repeat(40));

        assertThat(key).hasSizeLessThanOrEqualTo(CourseKeys.MAX_LENGTH).doesNotEndWith("-").startsWith("word-word");
    }
}
