package org.colloquy.studio.essay;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.jspecify.annotations.Nullable;

/**
 * A Word document ({@code .docx}) as blocks, read with Apache POI: each paragraph of the body is a block, a
 * paragraph in the Title style is a level-0 heading and one in a "Heading N" style a level-N heading. A
 * password-protected document (an encrypted package inside an OLE2 file) and anything else POI cannot read are
 * refused.
 */
final class DocxBlocks {

    private static final Pattern HEADING_STYLE = Pattern.compile("heading\\s*(\\d)");

    private DocxBlocks() {
    }

    static List<Block> read(byte[] content) {
        FileMagic magic = magic(content);
        if (magic == FileMagic.OLE2) {
            throw isEncrypted(content) ? new EssayRefused(EssayRefused.Why.PASSWORD_PROTECTED)
                    : new EssayRefused(EssayRefused.Why.UNREADABLE);
        }
        if (magic != FileMagic.OOXML) {
            throw new EssayRefused(EssayRefused.Why.UNREADABLE);
        }
        try (var document = new XWPFDocument(new ByteArrayInputStream(content))) {
            return blocks(document);
        } catch (IOException | RuntimeException unreadable) {
            throw new EssayRefused(EssayRefused.Why.UNREADABLE);
        }
    }

    private static List<Block> blocks(XWPFDocument document) {
        List<Block> blocks = new ArrayList<>();
        for (XWPFParagraph paragraph : document.getParagraphs()) {
            String text = paragraph.getText();
            if (text == null || text.isBlank()) {
                continue;
            }
            int level = headingLevel(document, paragraph);
            if (level >= 0) {
                blocks.add(new Block.Heading(level, LineJoiner.clean(text.replace('\n', ' '))));
            } else {
                blocks.add(new Block.Lines(text.lines().toList()));
            }
        }
        return blocks;
    }

    /** 0 for the Title style, N for "Heading N", -1 for any other paragraph. */
    private static int headingLevel(XWPFDocument document, XWPFParagraph paragraph) {
        String id = paragraph.getStyleID();
        if (id == null) {
            return -1;
        }
        XWPFStyle style = document.getStyles() == null ? null : document.getStyles().getStyle(id);
        for (String name : names(id, style)) {
            if (name.equals("title")) {
                return 0;
            }
            Matcher heading = HEADING_STYLE.matcher(name);
            if (heading.matches()) {
                return Integer.parseInt(heading.group(1));
            }
        }
        return -1;
    }

    private static List<String> names(String id, @Nullable XWPFStyle style) {
        List<String> names = new ArrayList<>();
        names.add(id.toLowerCase(Locale.ROOT));
        if (style != null && style.getName() != null) {
            names.add(style.getName().toLowerCase(Locale.ROOT));
        }
        return names;
    }

    private static FileMagic magic(byte[] content) {
        try (InputStream in = FileMagic.prepareToCheckMagic(new ByteArrayInputStream(content))) {
            return FileMagic.valueOf(in);
        } catch (IOException unreadable) {
            return FileMagic.UNKNOWN;
        }
    }

    private static boolean isEncrypted(byte[] content) {
        try (var file = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            return file.getRoot().hasEntry(Decryptor.DEFAULT_POIFS_ENTRY);
        } catch (IOException | RuntimeException unreadable) {
            return false;
        }
    }
}
