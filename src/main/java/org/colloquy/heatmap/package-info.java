/**
 * Reading with the class: which paragraphs of the essay a cohort's posts, reasons and answers cite, for its
 * instructors, laid over the reading view.
 */
@NullMarked
package org.colloquy.heatmap;

import org.jspecify.annotations.NullMarked;
