@NullMarked
package org.colloquy.argument.ui;

import org.jspecify.annotations.NullMarked;
