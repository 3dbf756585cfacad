/** The studio's pages: a teacher turns her essay into a course and publishes it. */
@NullMarked
package org.colloquy.studio.ui;

import org.jspecify.annotations.NullMarked;
