@NullMarked
package org.colloquy.lesson;

import org.jspecify.annotations.NullMarked;
