@NullMarked
package org.colloquy.backup.ui;

import org.jspecify.annotations.NullMarked;
