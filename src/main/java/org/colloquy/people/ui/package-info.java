/** The people page of admins: everyone, the invitation dialog, one person's roles and state, the record of changes. */
@NullMarked
package org.colloquy.people.ui;

import org.jspecify.annotations.NullMarked;
