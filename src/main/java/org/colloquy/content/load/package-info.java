/**
 * Reading course folders: YAML and Markdown parsed and validated into content records, every problem as file:line.
 */
@NullMarked
package org.colloquy.content.load;

import org.jspecify.annotations.NullMarked;
