package org.colloquy.mail;

import java.util.ArrayList;
import java.util.List;
import org.springframework.web.util.HtmlUtils;

/**
 * One message in both forms a mail reader may show: plain text and HTML, made from the same parts. Every text part is
 * escaped in the HTML, so a name or a title a person typed is shown as text, never as markup; the subject is held to
 * one line, so nothing a person typed can add a header.
 */
final class MailBody {

    private final String subject;
    private final String language;
    private final List<Part> parts = new ArrayList<>();

    private sealed interface Part {
    }

    private record Paragraph(String text) implements Part {
    }

    private record Action(String label, String url) implements Part {
    }

    private record Small(String text) implements Part {
    }

    MailBody(String subject, String language) {
        this.subject = oneLine(subject);
        this.language = language;
    }

    MailBody paragraph(String text) {
        parts.add(new Paragraph(text));
        return this;
    }

    /** A link shown as a button in HTML and as the bare address, on a line of its own, in plain text. */
    MailBody action(String label, String url) {
        parts.add(new Action(label, url));
        return this;
    }

    /** A footnote (why she gets this, how to stop it). */
    MailBody small(String text) {
        parts.add(new Small(text));
        return this;
    }

    String subject() {
        return subject;
    }

    String text() {
        StringBuilder text = new StringBuilder();
        for (Part part : parts) {
            switch (part) {
                case Paragraph(String words) -> text.append(words).append("\n\n");
                case Action(String label, String url) -> text.append(label).append(":\n").append(url).append("\n\n");
                case Small(String words) -> text.append("-- \n").append(words).append("\n");
            }
        }
        return text.toString().stripTrailing() + "\n";
    }

    String html() {
        StringBuilder html = new StringBuilder()
                .append("<!DOCTYPE html>\n<html lang=\"").append(escape(language)).append("\"><head>")
                .append("<meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">")
                .append("<title>").append(escape(subject)).append("</title></head>\n")
                .append("<body style=\"margin:0;padding:24px;background:#f4f5f7;")
                .append("font-family:-apple-system,'Segoe UI',Roboto,'Noto Sans','PingFang SC','Microsoft YaHei',sans-serif;")
                .append("color:#1f2933;font-size:16px;line-height:1.5\">\n")
                .append("<div style=\"max-width:560px;margin:0 auto;background:#ffffff;border-radius:8px;")
                .append("padding:24px 28px;border:1px solid #d9dde3\">\n")
                .append("<p style=\"margin:0 0 16px;font-weight:600;color:#1a56db\">Colloquy</p>\n");
        for (Part part : parts) {
            switch (part) {
                case Paragraph(String words) -> html.append("<p style=\"margin:0 0 16px\">").append(escape(words))
                        .append("</p>\n");
                case Action(String label, String url) -> html.append("<p style=\"margin:24px 0\"><a href=\"")
                        .append(escape(url)).append("\" style=\"display:inline-block;background:#1a56db;color:#ffffff;")
                        .append("text-decoration:none;padding:10px 18px;border-radius:6px;font-weight:600\">")
                        .append(escape(label)).append("</a></p>\n")
                        .append("<p style=\"margin:0 0 16px;font-size:13px;color:#52606d;word-break:break-all\">")
                        .append(escape(url)).append("</p>\n");
                case Small(String words) -> html.append("<p style=\"margin:24px 0 0;font-size:13px;color:#52606d;")
                        .append("border-top:1px solid #e4e7eb;padding-top:12px\">").append(escape(words))
                        .append("</p>\n");
            }
        }
        return html.append("</div>\n</body></html>\n").toString();
    }

    /** The text on one line, without control characters (CR and LF would start a new header). */
    static String oneLine(String text) {
        return text.replaceAll("[\\p{Cntrl}\\u2028\\u2029\\u0085]+", " ").replaceAll("\\s+", " ").strip();
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text.replace("\u0000", ""), "UTF-8");
    }
}
