package org.colloquy.review.export;

import java.io.OutputStream;

/**
 * The file formats answers are exported in; all carry the same fields in UTF-8. CSV for spreadsheet programs starts
 * with a byte order mark, without which Excel reads UTF-8 as a legacy code page and garbles Chinese and Russian text;
 * plain CSV has none, since scripts and other tools take the mark for part of the first column's name.
 */
public enum ExportFormat {
    CSV("csv", "csv", "text/csv; charset=UTF-8"),
    CSV_FOR_SPREADSHEETS("csv-bom", "csv", "text/csv; charset=UTF-8"),
    JSON("json", "json", "application/json; charset=UTF-8");

    private final String id;
    private final String extension;
    private final String contentType;

    ExportFormat(String id, String extension, String contentType) {
        this.id = id;
        this.extension = extension;
        this.contentType = contentType;
    }

    /** Names the format in element ids and interface text keys: {@code csv}, {@code csv-bom}, {@code json}. */
    public String id() {
        return id;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }

    ExportWriter start(OutputStream out) {
        return switch (this) {
            case CSV -> CsvExportWriter.start(out, false);
            case CSV_FOR_SPREADSHEETS -> CsvExportWriter.start(out, true);
            case JSON -> JsonExportWriter.start(out);
        };
    }
}
