package org.colloquy.review;

import java.io.OutputStream;

/** The file formats answers are exported in; both carry the same fields. */
public enum ExportFormat {
    CSV("csv", "text/csv; charset=UTF-8"), JSON("json", "application/json; charset=UTF-8");

    private final String extension;
    private final String contentType;

    ExportFormat(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }

    ExportWriter start(OutputStream out) {
        return switch (this) {
            case CSV -> CsvExportWriter.start(out);
            case JSON -> JsonExportWriter.start(out);
        };
    }
}
