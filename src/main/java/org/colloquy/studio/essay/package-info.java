/**
 * Importing an essay: pasted text or a {@code .txt}, {@code .md}, {@code .docx} or {@code .pdf} file becomes an
 * {@link org.colloquy.studio.Essay} with a proposed title, author and source, numbered paragraphs, sections and a
 * language, or is refused with a reason the teacher can act on.
 */
@NullMarked
package org.colloquy.studio.essay;

import org.jspecify.annotations.NullMarked;
