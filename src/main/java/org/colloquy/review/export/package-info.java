/**
 * Exports: a class's answers with rubric scores and feedback, and one person's data, as CSV or JSON, page by page.
 */
@NullMarked
package org.colloquy.review.export;

import org.jspecify.annotations.NullMarked;
