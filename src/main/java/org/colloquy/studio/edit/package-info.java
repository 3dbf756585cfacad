/**
 * Editing a drafted course in forms (decision 0041): the course folder's files stay the truth; each file the forms can
 * read becomes a small working model, which is written back in the drafter's YAML style with the lines each field
 * wrote, so that every {@code file:line} problem of the strict check finds the field it belongs to.
 */
@NullMarked
package org.colloquy.studio.edit;

import org.jspecify.annotations.NullMarked;
