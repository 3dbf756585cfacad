@NullMarked
package org.colloquy.argument;

import org.jspecify.annotations.NullMarked;
