package org.colloquy.cohort;

import java.util.ArrayList;
import java.util.List;
import org.colloquy.base.i18n.Text;

/**
 * Reads comma-separated values as RFC 4180 writes them: quoted fields, doubled quotes, commas and line breaks
 * inside quotes, CRLF, LF or CR line ends, and an optional UTF-8 byte order mark. Rows are counted like a
 * spreadsheet counts them (a line break inside quotes does not start a new row). Malformed quoting is reported
 * per field, and reading goes on so that every problem of the text is found in one pass.
 */
final class CsvParser {

    /** One row of fields; {@code row} counts from 1. */
    record Row(int row, List<String> fields) {

        Row {
            fields = List.copyOf(fields);
        }

        boolean isBlank() {
            return fields.stream().allMatch(String::isBlank);
        }
    }

    /** Malformed quoting in the given row and column, both counted from 1. */
    record Problem(int row, int column, Text reason) {

        String message() {
            return reason.english();
        }
    }

    record Parsed(List<Row> rows, List<Problem> problems) {

        Parsed {
            rows = List.copyOf(rows);
            problems = List.copyOf(problems);
        }
    }

    private static final char QUOTE = '"';
    private static final char COMMA = ',';

    private final String text;
    private int position;
    private int rowNumber = 1;
    private final List<Row> rows = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    private CsvParser(String text) {
        this.text = text;
        this.position = text.startsWith("\uFEFF") ? 1 : 0;
    }

    static Parsed parse(String text) {
        CsvParser parser = new CsvParser(text);
        parser.readAll();
        return new Parsed(parser.rows, parser.problems);
    }

    private void readAll() {
        while (position < text.length()) {
            readRow();
        }
    }

    private void readRow() {
        List<String> fields = new ArrayList<>();
        do {
            int column = fields.size() + 1;
            fields.add(atChar(QUOTE) ? readQuotedField(column) : readPlainField(column));
        } while (skip(COMMA));
        skip('\r');
        skip('\n');
        rows.add(new Row(rowNumber++, fields));
    }

    private String readPlainField(int column) {
        StringBuilder field = new StringBuilder();
        boolean reported = false;
        while (position < text.length() && !atFieldEnd()) {
            char c = text.charAt(position++);
            if (c == QUOTE && !reported) {
                problems.add(new Problem(rowNumber, column, Text.of("account.roster.csv.stray-quote")));
                reported = true;
            }
            field.append(c);
        }
        return field.toString();
    }

    private String readQuotedField(int column) {
        int startRow = rowNumber;
        position++;
        StringBuilder field = new StringBuilder();
        while (position < text.length()) {
            char c = text.charAt(position++);
            if (c != QUOTE) {
                field.append(c);
            } else if (atChar(QUOTE)) {
                field.append(QUOTE);
                position++;
            } else {
                readTextAfterClosingQuote(column, field);
                return field.toString();
            }
        }
        problems.add(new Problem(startRow, column, Text.of("account.roster.csv.unclosed-quote")));
        return field.toString();
    }

    private void readTextAfterClosingQuote(int column, StringBuilder field) {
        if (position < text.length() && !atFieldEnd()) {
            problems.add(new Problem(rowNumber, column, Text.of("account.roster.csv.after-quote")));
            while (position < text.length() && !atFieldEnd()) {
                field.append(text.charAt(position++));
            }
        }
    }

    private boolean atFieldEnd() {
        char c = text.charAt(position);
        return c == COMMA || c == '\r' || c == '\n';
    }

    private boolean atChar(char expected) {
        return position < text.length() && text.charAt(position) == expected;
    }

    private boolean skip(char expected) {
        if (atChar(expected)) {
            position++;
            return true;
        }
        return false;
    }
}
