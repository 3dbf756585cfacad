/**
 * The pages and panels of classes: joining with a code, and the class-list upload.
 */
@NullMarked
package org.colloquy.cohort.ui;

import org.jspecify.annotations.NullMarked;
