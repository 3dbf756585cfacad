@NullMarked
package org.colloquy.lesson.ui;

import org.jspecify.annotations.NullMarked;
