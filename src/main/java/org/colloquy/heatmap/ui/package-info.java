@NullMarked
package org.colloquy.heatmap.ui;

import org.jspecify.annotations.NullMarked;
