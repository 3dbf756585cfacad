/**
 * The course editor (decision 0041): every part of a drafted course in forms, or any file as text, with the strict
 * check's problems at the fields that wrote their lines. A component, placed on whichever page holds a draft.
 */
@NullMarked
package org.colloquy.studio.ui.edit;

import org.jspecify.annotations.NullMarked;
