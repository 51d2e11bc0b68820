/**
 * The {@code import} job's artifacts: read an import folder's manifest, check and read each row outside the chunk's
 * transaction (a bad row is skipped and listed by its line), store the rows as assets with their terms, then remove a
 * folder unpacked from a zip. The work itself is the reference DAM's ({@code org.taxonomist.dam.reference.imports}).
 */
package org.taxonomist.batch.imports;
