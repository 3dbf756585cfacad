@NullMarked
package org.colloquy.review.ui;

import org.jspecify.annotations.NullMarked;
