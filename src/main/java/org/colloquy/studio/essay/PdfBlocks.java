package org.colloquy.studio.essay;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A PDF's text layer as blocks, read with Apache PDFBox: the text stripper marks where a paragraph ends (by line
 * gaps and indents) with a blank line, and lines are joined again with their hyphenated words made whole. A PDF
 * that needs a password, has more than {@link #MAX_PAGES} pages, or has no text at all (a scan) is refused.
 */
final class PdfBlocks {

    static final int MAX_PAGES = 300;

    private PdfBlocks() {
    }

    static List<Block> read(byte[] content) {
        try (PDDocument document = Loader.loadPDF(content)) {
            int pages = document.getNumberOfPages();
            if (pages > MAX_PAGES) {
                throw new EssayRefused(EssayRefused.Why.TOO_MANY_PAGES, pages, MAX_PAGES);
            }
            String text = stripper().getText(document);
            if (text.isBlank()) {
                throw new EssayRefused(EssayRefused.Why.NO_TEXT_LAYER);
            }
            return TextBlocks.plain(text);
        } catch (InvalidPasswordException locked) {
            throw new EssayRefused(EssayRefused.Why.PASSWORD_PROTECTED);
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof EssayRefused refused) {
                throw refused;
            }
            throw new EssayRefused(EssayRefused.Why.UNREADABLE);
        }
    }

    private static PDFTextStripper stripper() {
        var stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        stripper.setLineSeparator("\n");
        stripper.setParagraphStart("");
        stripper.setParagraphEnd("\n\n");
        stripper.setPageEnd("\n");
        return stripper;
    }
}
