package org.colloquy.base;

/**
 * One field of an RFC 4180 CSV file as it is written: defused if a spreadsheet could read it as a formula (a text
 * starting with {@code = + - @}, a tab or a carriage return gets a leading apostrophe, so that a student's
 * {@code =HYPERLINK(…)} is shown as text instead of run), then quoted if it holds a comma, a quote or a line break.
 * Every CSV the application writes goes through it (decision 0011).
 */
public final class CsvField {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private CsvField() {
    }

    public static String of(String value) {
        String text = !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean needsQuotes = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0;
        return needsQuotes ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
