package org.colloquy.studio.essay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.colloquy.studio.Essay;
import org.colloquy.studio.EssayParagraph;
import org.colloquy.studio.essay.EssayRefused.Why;
import org.junit.jupiter.api.Test;

/** A teacher brings her essay as pasted text or a file, and gets it back as numbered paragraphs, or a clear refusal. */
class EssayImportTest {

    private final EssayImport essays = new EssayImport();

    @Test
    void aPlainTextEssayProposesItsFirstLineAsTitleItsByLineAsAuthorAndItsFileNameAsSource() {
        Essay essay = essays.file("notes/essay.txt", utf8("""
                On Rivers
                by Mary Flow

                Rivers run to the sea. They
                carry silt.

                Do rivers remember?
                """));

        assertThat(essay.title()).isEqualTo("On Rivers");
        assertThat(essay.author()).isEqualTo("Mary Flow");
        assertThat(essay.source()).isEqualTo("essay.txt");
        assertThat(essay.language()).isEqualTo("en");
        assertThat(essay.paragraphs()).containsExactly(
                new EssayParagraph(1, null, "Rivers run to the sea. They carry silt."),
                new EssayParagraph(2, null, "Do rivers remember?"));
    }

    @Test
    void theShippedEssayHasItsParagraphsCountedFromOneAfterItsTitle() throws Exception {
        byte[] text;
        try (var in = getClass().getResourceAsStream("/studio/essay-sino-russian-relations.txt")) {
            text = in.readAllBytes();
        }

        Essay essay = essays.file("essay-sino-russian-relations.txt", text);

        assertThat(essay.title()).isEqualTo(
                "Sino-Russian Relations: Critical Moment in Deepening and Developing Cooperation");
        assertThat(essay.author()).isEmpty();
        assertThat(essay.paragraphs().getFirst().text()).startsWith("No matter in terms of domestic transition");
        assertThat(essay.paragraphs().get(5).text()).startsWith("Politically speaking, there is profound background");
    }

    @Test
    void markdownHeadingsBecomeTitleAndSectionsAndInlineMarkupIsReducedToItsWords() {
        Essay essay = essays.file("essay.md", utf8("""
                # The **Commons**

                Author: Elinor Writer

                ## Tragedy

                A [pasture](https://example.org) open to *all* is overgrazed.

                ---

                ## Governance

                > Communities craft rules.
                """));

        assertThat(essay.title()).isEqualTo("The Commons");
        assertThat(essay.author()).isEqualTo("Elinor Writer");
        assertThat(essay.paragraphs()).containsExactly(
                new EssayParagraph(1, "Tragedy", "A pasture open to all is overgrazed."),
                new EssayParagraph(2, "Governance", "Communities craft rules."));
    }

    @Test
    void aWordDocumentsTitleAndHeadingStylesBecomeTitleAndSections() {
        byte[] docx = EssayFiles.docx("Bridges", "By Ada Span", List.of(
                new String[] {"Heading1", "Stone"},
                new String[] {null, "Stone bridges last for centuries."},
                new String[] {null, "Will steel last as long?"},
                new String[] {"Heading1", "Steel"},
                new String[] {null, "Steel bridges span wider rivers."}));

        Essay essay = essays.file("Bridges.docx", docx);

        assertThat(essay.title()).isEqualTo("Bridges");
        assertThat(essay.author()).isEqualTo("Ada Span");
        assertThat(essay.source()).isEqualTo("Bridges.docx");
        assertThat(essay.paragraphs()).containsExactly(
                new EssayParagraph(1, "Stone", "Stone bridges last for centuries."),
                new EssayParagraph(2, "Stone", "Will steel last as long?"),
                new EssayParagraph(3, "Steel", "Steel bridges span wider rivers."));
    }

    @Test
    void aFileThatTakesLongerToReadThanTheLimitIsStoppedAndRefusedSayingSo() throws InterruptedException {
        byte[] pdf = EssayFiles.pdf(List.of(List.of("Cities and Trees"), List.of("Should every street have trees?")));
        CountDownLatch neverOpened = new CountDownLatch(1);
        BlockingQueue<Boolean> interrupted = new LinkedBlockingQueue<>();
        EssayImport stuck = new EssayImport(Duration.ofMillis(50), () -> {
            try {
                neverOpened.await();
            } catch (InterruptedException stopped) {
                interrupted.add(true);
                throw new IllegalStateException("reading stopped");
            }
        });

        EssayRefused refused = refusal(() -> stuck.file("cities.pdf", pdf));

        assertThat(refused.why()).isEqualTo(Why.TOO_SLOW);
        assertThat(interrupted.poll(10, TimeUnit.SECONDS)).as("the slow reading is interrupted").isTrue();
        assertThat(refusal(() -> stuck.file("cities.docx", EssayFiles.docx("Cities", "by A. Teacher",
                List.<String[]>of(new String[] {null, "Should every street have trees?"})))).why())
                .isEqualTo(Why.TOO_SLOW);
        assertThat(new EssayImport().file("cities.pdf", pdf).title()).as("within the usual limit it is read")
                .isEqualTo("Cities and Trees");
    }

    @Test
    void aPdfsTextLayerIsRebuiltIntoParagraphsWithHyphenatedWordsMadeWhole() {
        byte[] pdf = EssayFiles.pdf(List.of(
                List.of("Cities and Trees"),
                List.of("Trees cool the streets of every city in sum-", "mer and clean its air."),
                List.of("Should every street have trees?")));

        Essay essay = essays.file("cities.pdf", pdf);

        assertThat(essay.title()).isEqualTo("Cities and Trees");
        assertThat(essay.paragraphs()).extracting(EssayParagraph::text).containsExactly(
                "Trees cool the streets of every city in summer and clean its air.",
                "Should every street have trees?");
    }

    @Test
    void theLanguageIsDetectedFromTheScriptAndTheTeachersChoiceWins() {
        assertThat(essays.pasted("标题\n\n城市化是否可以持续？这是一个问题。").language()).isEqualTo("zh");
        assertThat(essays.pasted("Заголовок\n\nМожно ли жить в деревне? Это вопрос.").language()).isEqualTo("ru");
        assertThat(essays.pasted("Title\n\nIs it so? It is.").language()).isEqualTo("en");
        assertThat(essays.pasted("Title\n\nIs it so? It is.", "ru").language()).isEqualTo("ru");
        assertThat(refusal(() -> essays.pasted("Title\n\nText.", "fr")).why()).isEqualTo(Why.UNSUPPORTED_LANGUAGE);
    }

    @Test
    void chineseLinesAreJoinedWithoutASpace() {
        Essay essay = essays.pasted("城市与乡村\n\n乡村的未来\n依然不明朗。");

        assertThat(essay.paragraphs().getFirst().text()).isEqualTo("乡村的未来依然不明朗。");
    }

    @Test
    void anEmptyFileOrOneWithOnlyATitleIsRefusedAsEmpty() {
        assertThat(refusal(() -> essays.file("empty.txt", new byte[0])).why()).isEqualTo(Why.EMPTY);
        assertThat(refusal(() -> essays.file("blank.md", utf8("\n \n"))).why()).isEqualTo(Why.EMPTY);
        assertThat(refusal(() -> essays.pasted("Only a title")).why()).isEqualTo(Why.EMPTY);
    }

    @Test
    void aFileOfFiveMegabytesOrMoreIsRefusedWithTheLimitInItsMessage() {
        byte[] big = new byte[EssayImport.MAX_BYTES];
        Arrays.fill(big, (byte) 'a');

        EssayRefused refused = refusal(() -> essays.file("big.txt", big));

        assertThat(refused.why()).isEqualTo(Why.TOO_LARGE);
        assertThat(refused.getMessage()).isEqualTo(
                "The file is 5 MB or larger: Colloquy imports essays of less than 5 MB.");
        assertThat(essays.file("almost.txt", utf8("Title\n\n" + "a".repeat(EssayImport.MAX_BYTES - 20)))
                .paragraphs()).hasSize(1);
    }

    @Test
    void anUnsupportedExtensionIsRefusedNamingTheFile() {
        EssayRefused refused = refusal(() -> essays.file("essay.doc", utf8("Title\n\nText.")));

        assertThat(refused.why()).isEqualTo(Why.UNSUPPORTED_TYPE);
        assertThat(refused.getMessage()).startsWith("“essay.doc” cannot be imported");
    }

    @Test
    void aTextFileThatIsNotUtf8IsRefused() {
        byte[] latin1 = "Café\n\nUn café noir.".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(refusal(() -> essays.file("essay.txt", latin1)).why()).isEqualTo(Why.NOT_UTF8);
    }

    @Test
    void aScannedPdfWithNoTextLayerIsRefused() {
        assertThat(refusal(() -> essays.file("scan.pdf", EssayFiles.imageOnlyPdf())).why())
                .isEqualTo(Why.NO_TEXT_LAYER);
    }

    @Test
    void aPasswordProtectedPdfOrWordDocumentIsRefused() {
        byte[] lockedPdf = EssayFiles.pdf(List.of(List.of("Title"), List.of("Text.")), "secret");
        byte[] lockedDocx = EssayFiles.passwordProtectedDocx(
                EssayFiles.docx("Title", "by A", List.<String[]>of(new String[] {null, "Text."})));

        assertThat(refusal(() -> essays.file("locked.pdf", lockedPdf)).why()).isEqualTo(Why.PASSWORD_PROTECTED);
        assertThat(refusal(() -> essays.file("locked.docx", lockedDocx)).why()).isEqualTo(Why.PASSWORD_PROTECTED);
    }

    @Test
    void aBrokenPdfOrWordDocumentIsRefusedAsUnreadable() {
        byte[] pdf = EssayFiles.pdf(List.of(List.of("Title"), List.of("Text.")));
        byte[] truncatedPdf = Arrays.copyOf(pdf, pdf.length / 3);
        byte[] docx = EssayFiles.docx("Title", "by A", List.<String[]>of(new String[] {null, "Text."}));
        byte[] truncatedDocx = Arrays.copyOf(docx, docx.length / 2);

        assertThat(refusal(() -> essays.file("broken.pdf", truncatedPdf)).why()).isEqualTo(Why.UNREADABLE);
        assertThat(refusal(() -> essays.file("broken.docx", truncatedDocx)).why()).isEqualTo(Why.UNREADABLE);
        assertThat(refusal(() -> essays.file("text.docx", utf8("not a document"))).why()).isEqualTo(Why.UNREADABLE);
    }

    @Test
    void aPdfOfMoreThanThePageLimitIsRefusedWithBothCountsInItsMessage() {
        EssayRefused refused = refusal(() -> essays.file("long.pdf", EssayFiles.blankPdf(EssayImport.MAX_PDF_PAGES + 1)));

        assertThat(refused.why()).isEqualTo(Why.TOO_MANY_PAGES);
        assertThat(refused.getMessage()).isEqualTo("The PDF has 301 pages: Colloquy imports PDFs of at most 300 pages.");
    }

    private static EssayRefused refusal(Runnable importing) {
        EssayRefused refused = catchThrowableOfType(EssayRefused.class, importing::run);
        assertThat(refused).as("refused").isNotNull();
        return refused;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
