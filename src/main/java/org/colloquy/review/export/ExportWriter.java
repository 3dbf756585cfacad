package org.colloquy.review.export;

/**
 * Writes exported rows one at a time straight to an output stream. {@link #finish} ends the document and flushes
 * it, but leaves the stream open for whoever owns it; an export that fails half-way is never finished, so that it
 * cannot pass for a complete one. Failures to write surface as unchecked exceptions.
 */
interface ExportWriter {

    void write(ExportRow row);

    void finish();
}
