@NullMarked
package org.colloquy.content.ui;

import org.jspecify.annotations.NullMarked;
