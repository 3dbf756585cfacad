@NullMarked
package org.colloquy.seminar.ui;

import org.jspecify.annotations.NullMarked;
