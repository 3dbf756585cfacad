package org.colloquy.content.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.colloquy.content.ContentProblem;
import org.colloquy.content.CourseFolder;
import org.colloquy.content.HeldBackCourse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The loader's messages point an author at the slip she made: a near-miss name, the one byte that is not UTF-8. */
class AuthorHintsTest {

    @TempDir
    Path contentRoot;

    private CourseFolder course;

    @BeforeEach
    void writeValidCourse() {
        course = CourseFolder.write(contentRoot, "sample");
    }

    @Test
    void aMistypedFieldNameIsAnsweredWithTheFieldItWasMeantToBe() {
        course.steps("""
                  - key: respond-stage
                    kind: respond
                    promt: What must the third stage balance?
                    cites: [p1]
                """);

        assertThat(messages()).anySatisfy(message -> assertThat(message)
                .startsWith("unknown field \"promt\" in step \"respond-stage\" (did you mean \"prompt\"?); expected one of:"));
    }

    @Test
    void aMistypedStepKindIsAnsweredWithTheKindItWasMeantToBe() {
        course.steps("""
                  - key: respond-stage
                    kind: repsond
                    prompt: What must the third stage balance?
                    cites: [p1]
                """);

        assertThat(messages()).anySatisfy(message -> assertThat(message)
                .endsWith("not \"repsond\" (did you mean \"respond\"?)"));
    }

    @Test
    void aNameFarFromEveryKnownOneGetsNoGuess() {
        course.steps("""
                  - key: read-opening
                    kind: read
                    title: The opening
                    text: Read the opening.
                    colour: blue
                    cites: [p1]
                """);

        assertThat(messages()).singleElement().satisfies(message -> assertThat(message).doesNotContain("did you mean"));
    }

    @Test
    void aByteThatIsNotUtf8IsReportedAtItsOwnLineAndColumn() throws IOException {
        Path reading = contentRoot.resolve("sample/reading.md");
        byte[] latin1 = (CourseFolder.READING.replace("important", "import\u00e9nt"))
                .getBytes(StandardCharsets.ISO_8859_1);
        Files.write(reading, latin1);

        List<ContentProblem> problems = heldBackProblems();

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(reading);
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.message()).startsWith("byte 0xE9 at column 49 is not UTF-8: save the file as UTF-8");
        });
    }

    @Test
    void aQuotationThatIsNotInItsParagraphShowsTheNearestPassageAndTheFirstCharacterThatDiffers() {
        course.steps("""
                  - key: read-opening
                    kind: read
                    title: The opening
                    text: |
                      The author opens with a claim.

                      > the bilateral relationship is at an importnat turning point [p1]
                    cites: [p1]
                """);

        assertThat(messages()).singleElement().satisfies(message -> assertThat(message).endsWith(
                "is not in paragraph p1 of reading.md: the nearest passage is \"the bilateral relationship is at an "
                        + "important turning point, and nothing\", which differs at character 43 of the quoted words: the "
                        + "quotation has \"n\" where the paragraph has \"a\""));
    }

    @Test
    void dashesOfEveryStyleAreOneDashWhenAQuotationIsMatched() {
        String paragraph = "Cooperation—not alliance—is the word; the years 1991–2001 matter.";

        assertThat(QuotationMatcher.appearsIn("Cooperation -- not alliance -- is the word", paragraph)).isTrue();
        assertThat(QuotationMatcher.appearsIn("the years 1991--2001", paragraph)).isTrue();
        assertThat(QuotationMatcher.appearsIn("cooperation - not alliance", paragraph)).as("a hyphen is not a dash")
                .isFalse();
    }

    @Test
    void nearnessCountsSwappedNeighboursAsOneSlip() {
        assertThat(DidYouMean.distance("ciets", "cites")).isEqualTo(1);
        assertThat(DidYouMean.closest("Title", List.of("title", "summary"))).contains("title");
        assertThat(DidYouMean.closest("xyz", List.of("title", "summary"))).isEmpty();
    }

    private List<String> messages() {
        return heldBackProblems().stream().map(ContentProblem::message).toList();
    }

    private List<ContentProblem> heldBackProblems() {
        return new ContentLoader().loadEach(contentRoot).heldBack().stream()
                .map(HeldBackCourse::problems).flatMap(List::stream).toList();
    }
}
