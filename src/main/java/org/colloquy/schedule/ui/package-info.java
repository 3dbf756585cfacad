/**
 * The schedule's pieces of interface: the class page's Schedule tab, late and missing work for the class overview,
 * and the due labels students see on the course home and in a lesson. Used by the pages of review and lesson.
 */
@NullMarked
package org.colloquy.schedule.ui;

import org.jspecify.annotations.NullMarked;
