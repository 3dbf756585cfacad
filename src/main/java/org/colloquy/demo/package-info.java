@NullMarked
package org.colloquy.demo;

import org.jspecify.annotations.NullMarked;
