@NullMarked
package org.colloquy.seminar;

import org.jspecify.annotations.NullMarked;
