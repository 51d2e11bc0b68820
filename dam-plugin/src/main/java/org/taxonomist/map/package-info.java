/**
 * The collection map: each asset placed on a 2-D projection of its embedding, computed by the {@code map} job and
 * stored per run, new assets placed on the last run as they are tagged; what the console's map page draws and selects
 * from.
 */
package org.taxonomist.map;
