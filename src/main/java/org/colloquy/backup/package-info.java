/** Online backups of the H2 database, taken by an admin while students keep writing. */
@NullMarked
package org.colloquy.backup;

import org.jspecify.annotations.NullMarked;
