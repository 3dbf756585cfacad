@NullMarked
package org.colloquy.account.ui;

import org.jspecify.annotations.NullMarked;
