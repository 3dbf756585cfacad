@NullMarked
package org.colloquy.notice;

import org.jspecify.annotations.NullMarked;
