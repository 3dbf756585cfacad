/**
 * Courses as files: reads and validates {@code content/} into immutable records held once per
 * application by {@link org.colloquy.content.CourseCatalog}. No persistence here.
 */
@NullMarked
package org.colloquy.content;

import org.jspecify.annotations.NullMarked;
