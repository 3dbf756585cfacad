@NullMarked
package org.colloquy.base.ui;

import org.jspecify.annotations.NullMarked;
