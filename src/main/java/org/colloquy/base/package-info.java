@NullMarked
package org.colloquy.base;

import org.jspecify.annotations.NullMarked;
