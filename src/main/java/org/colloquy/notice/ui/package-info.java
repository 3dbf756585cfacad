@NullMarked
package org.colloquy.notice.ui;

import org.jspecify.annotations.NullMarked;
