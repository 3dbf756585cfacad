/**
 * The course studio: a teacher brings her own essay, Colloquy finds its open questions and drafts a course from them,
 * and she edits, previews and publishes it without touching a file (issue #14). Students never reach it.
 */
@NullMarked
package org.colloquy.studio;

import org.jspecify.annotations.NullMarked;
