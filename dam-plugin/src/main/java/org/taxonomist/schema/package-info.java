/**
 * The database schema's versions: Flyway scripts under {@code db/migration/<vendor>} bring any database (empty, made
 * by a release before migrations, or at an older version) to the schema this build's mapping expects, before
 * Hibernate validates it. Kept apart from the entities' packages because it serves all of them.
 */
package org.taxonomist.schema;
