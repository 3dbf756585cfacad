@NullMarked
package org.colloquy.discussion;

import org.jspecify.annotations.NullMarked;
