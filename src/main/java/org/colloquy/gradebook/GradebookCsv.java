package org.colloquy.gradebook;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.colloquy.base.CsvField;

/** Writes a gradebook in one of the import formats: UTF-8 without a byte order mark, CRLF row ends, fields defused. */
final class GradebookCsv {

    private GradebookCsv() {
    }

    static void write(Gradebook gradebook, GradebookFormat format, OutputStream stream) {
        Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
        try {
            for (List<String> header : format.header(gradebook)) {
                out.write(line(header));
            }
            for (GradebookRow row : gradebook.rows()) {
                out.write(line(format.row(gradebook, row)));
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String line(List<String> values) {
        return values.stream().map(CsvField::of).collect(Collectors.joining(",", "", "\r\n"));
    }
}
