@NullMarked
package org.colloquy.discussion.ui;

import org.jspecify.annotations.NullMarked;
