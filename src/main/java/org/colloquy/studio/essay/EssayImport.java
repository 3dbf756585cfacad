package org.colloquy.studio.essay;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.colloquy.studio.Essay;
import org.jspecify.annotations.Nullable;

/**
 * Turns what a teacher brings into an {@link Essay}: pasted text, or a {@code .txt}, {@code .md}, {@code .docx} or
 * {@code .pdf} (with a text layer) of less than {@value #MAX_MEGABYTES} MB. The title, author and source are only
 * proposed, for the teacher to confirm; the language is detected unless she chose it. Whatever cannot be imported
 * is refused with an {@link EssayRefused} that says why, and nothing of it is kept.
 */
public final class EssayImport {

    public static final int MAX_MEGABYTES = 5;
    public static final int MAX_BYTES = MAX_MEGABYTES * 1024 * 1024;
    public static final int MAX_PDF_PAGES = PdfBlocks.MAX_PAGES;
    public static final List<String> EXTENSIONS = List.of(".txt", ".md", ".docx", ".pdf");
    /** How long reading one .docx or .pdf may take before the teacher is told it cannot be read. */
    public static final Duration READING_LIMIT = Duration.ofSeconds(20);

    private final Duration readingLimit;
    private final Runnable beforeReading;

    public EssayImport() {
        this(READING_LIMIT, () -> { });
    }

    /** For tests: {@code beforeReading} runs on the reading thread, so a test can hold a reading past the limit. */
    EssayImport(Duration readingLimit, Runnable beforeReading) {
        this.readingLimit = readingLimit;
        this.beforeReading = beforeReading;
    }

    /** Pasted text, in the language it is written in. */
    public Essay pasted(String text) {
        return pasted(text, null);
    }

    /** Pasted text, in the language the teacher chose ({@code en}, {@code zh} or {@code ru}); null to detect it. */
    public Essay pasted(String text, @Nullable String language) {
        checkLanguage(language);
        checkSize(text.getBytes(StandardCharsets.UTF_8).length);
        String clean = withoutByteOrderMark(text);
        List<Block> blocks = TextBlocks.looksLikeMarkdown(clean) ? TextBlocks.markdown(clean) : TextBlocks.plain(clean);
        return assemble(blocks, "", "", language);
    }

    /** A file's content and its name, in the language it is written in. */
    public Essay file(String fileName, byte[] content) {
        return file(fileName, content, null);
    }

    /** A file's content and its name, in the language the teacher chose; null to detect it. */
    public Essay file(String fileName, byte[] content, @Nullable String language) {
        checkLanguage(language);
        String extension = extension(fileName);
        if (!EXTENSIONS.contains(extension)) {
            throw new EssayRefused(EssayRefused.Why.UNSUPPORTED_TYPE, fileName);
        }
        checkSize(content.length);
        List<Block> blocks = switch (extension) {
            case ".txt" -> TextBlocks.plain(utf8(content));
            case ".md" -> TextBlocks.markdown(utf8(content));
            case ".docx" -> ParseDeadline.within(readingLimit, () -> {
                beforeReading.run();
                return DocxBlocks.read(content);
            });
            default -> ParseDeadline.within(readingLimit, () -> {
                beforeReading.run();
                return PdfBlocks.read(content);
            });
        };
        String source = baseName(fileName);
        return assemble(blocks, source, withoutExtension(source, extension), language);
    }

    private static Essay assemble(List<Block> blocks, String source, String fallbackTitle,
            @Nullable String language) {
        if (blocks.isEmpty()) {
            throw new EssayRefused(EssayRefused.Why.EMPTY);
        }
        return EssayAssembler.assemble(blocks, source, fallbackTitle, language);
    }

    private static void checkSize(long bytes) {
        if (bytes == 0) {
            throw new EssayRefused(EssayRefused.Why.EMPTY);
        }
        if (bytes >= MAX_BYTES) {
            throw new EssayRefused(EssayRefused.Why.TOO_LARGE, MAX_MEGABYTES);
        }
    }

    private static void checkLanguage(@Nullable String language) {
        if (language != null && !EssayLanguage.SUPPORTED.contains(language)) {
            throw new EssayRefused(EssayRefused.Why.UNSUPPORTED_LANGUAGE, language,
                    String.join(", ", EssayLanguage.SUPPORTED));
        }
    }

    private static String utf8(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
            return withoutByteOrderMark(text);
        } catch (CharacterCodingException notUtf8) {
            throw new EssayRefused(EssayRefused.Why.NOT_UTF8);
        }
    }

    private static String withoutByteOrderMark(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static String baseName(String fileName) {
        String name = fileName.replace('\\', '/');
        return name.substring(name.lastIndexOf('/') + 1).strip();
    }

    private static String extension(String fileName) {
        String name = baseName(fileName);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot).toLowerCase(Locale.ROOT);
    }

    private static String withoutExtension(String name, String extension) {
        return name.substring(0, name.length() - extension.length()).strip();
    }
}
