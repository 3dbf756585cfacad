package org.colloquy.review.export;

import java.time.LocalDate;
import java.util.Locale;

/** File names for exports: {@code colloquy-<name>-<date>.<extension>}, the name reduced to letters, digits and dashes. */
final class ExportFileNames {

    private static final int MAX_NAME_LENGTH = 60;

    private ExportFileNames() {
    }

    static String of(String name, LocalDate date, ExportFormat format) {
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_NAME_LENGTH) {
            slug = slug.substring(0, MAX_NAME_LENGTH).replaceAll("-+$", "");
        }
        return "colloquy-" + (slug.isEmpty() ? "export" : slug) + "-" + date + "." + format.extension();
    }
}
