package org.colloquy.studio.essay;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Real .docx and .pdf files for the import tests, made with Apache POI and PDFBox themselves: no word processor is
 * installed on the build machines (LibreOffice-made fixtures for the browser journeys are the other half of #14).
 */
final class EssayFiles {

    private EssayFiles() {
    }

    /** A Word document: a Title-style title, a "by" line, then (style, text) paragraphs; style null for body text. */
    static byte[] docx(String title, String byline, List<String[]> paragraphs) {
        try (var document = new XWPFDocument(); var bytes = new ByteArrayOutputStream()) {
            document.createParagraph().setStyle("Title");
            document.getParagraphs().getLast().createRun().setText(title);
            document.createParagraph().createRun().setText(byline);
            for (String[] paragraph : paragraphs) {
                var created = document.createParagraph();
                if (paragraph[0] != null) {
                    created.setStyle(paragraph[0]);
                }
                created.createRun().setText(paragraph[1]);
            }
            document.write(bytes);
            return bytes.toByteArray();
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }

    /** The same document, encrypted with a password as Word does (an agile-encrypted package in an OLE2 file). */
    static byte[] passwordProtectedDocx(byte[] docx) {
        try (var file = new POIFSFileSystem(); var bytes = new ByteArrayOutputStream()) {
            var info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream encrypted = encryptor.getDataStream(file)) {
                encrypted.write(docx);
            }
            file.writeFilesystem(bytes);
            return bytes.toByteArray();
        } catch (IOException | java.security.GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** A PDF with a text layer: each block is a list of lines, blocks apart by a blank line's gap. */
    static byte[] pdf(List<List<String>> blocks) {
        return pdf(blocks, null);
    }

    static byte[] pdf(List<List<String>> blocks, String userPassword) {
        try (var document = new PDDocument(); var bytes = new ByteArrayOutputStream()) {
            var page = new PDPage();
            document.addPage(page);
            var font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (var content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(font, 11);
                content.setLeading(14);
                content.newLineAtOffset(72, 720);
                for (List<String> block : blocks) {
                    for (String line : block) {
                        content.showText(line);
                        content.newLine();
                    }
                    content.newLine();
                }
                content.endText();
            }
            if (userPassword != null) {
                var policy = new StandardProtectionPolicy("owner-" + userPassword, userPassword, new AccessPermission());
                policy.setEncryptionKeyLength(128);
                document.protect(policy);
            }
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }

    /** A scan: a page that is only a picture, with no text layer. */
    static byte[] imageOnlyPdf() {
        try (var document = new PDDocument(); var bytes = new ByteArrayOutputStream()) {
            var page = new PDPage();
            document.addPage(page);
            var picture = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
            var graphics = picture.createGraphics();
            graphics.drawString("Scanned words", 10, 50);
            graphics.dispose();
            var image = LosslessFactory.createFromImage(document, picture);
            try (var content = new PDPageContentStream(document, page)) {
                content.drawImage(image, 72, 500);
            }
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }

    /** A PDF of {@code pages} blank pages. */
    static byte[] blankPdf(int pages) {
        try (var document = new PDDocument(); var bytes = new ByteArrayOutputStream()) {
            for (int i = 0; i < pages; i++) {
                document.addPage(new PDPage());
            }
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }
}
