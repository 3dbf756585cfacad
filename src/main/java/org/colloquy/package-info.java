@NullMarked
package org.colloquy;

import org.jspecify.annotations.NullMarked;
