/**
 * Drafting a course from an essay and the open questions a teacher kept: the files of a course folder in the format
 * of {@code content/README.md}, which pass the same checks as a hand-written course.
 */
@NullMarked
package org.colloquy.studio.draft;

import org.jspecify.annotations.NullMarked;
