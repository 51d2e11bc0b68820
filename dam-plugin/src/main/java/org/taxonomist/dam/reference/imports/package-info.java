/**
 * Imports labelled collections into the reference DAM: folders under {@code $TAXONOMIST_HOME/imports} with a manifest
 * and the images, dropped there by an admin or unpacked from an uploaded zip ({@link ImportFolders}); each row is
 * checked and read without touching the database, then stored as an asset with its terms ({@link CollectionImport}). The
 * {@code import} job in {@code org.taxonomist.batch.imports} drives it.
 */
package org.taxonomist.dam.reference.imports;
