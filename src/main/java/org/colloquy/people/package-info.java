/**
 * People administration (decision 0043): admins list and search everyone, invite instructors and seminar leaders,
 * change roles, deactivate and reactivate accounts and hand out links to choose a new password, and read the record of
 * every such change. Accounts themselves belong to identity; this feature keeps the record and the admin's pages.
 */
@NullMarked
package org.colloquy.people;

import org.jspecify.annotations.NullMarked;
