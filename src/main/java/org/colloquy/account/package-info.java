@NullMarked
package org.colloquy.account;

import org.jspecify.annotations.NullMarked;
