@NullMarked
package org.colloquy.review;

import org.jspecify.annotations.NullMarked;
